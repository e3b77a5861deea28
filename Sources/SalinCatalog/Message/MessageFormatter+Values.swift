import SalinCore
import SalinICU

extension MessageFormatter {
  /// `{name}`: text as is, other kinds in the locale's default format.
  func plain(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    switch argument {
    case .string(let text): text
    case .number, .decimal: try number(argument, name: name, skeleton: "")
    case .date: try date(argument, name: name, skeleton: "yMMMd")
    case .list: try list(argument, name: name, style: .and)
    }
  }

  /// `{n, number, ::skeleton}`.
  func number(
    _ argument: MessageArgument, name: String, skeleton: String
  ) throws(CatalogError) -> String {
    let formatter =
      skeleton.isEmpty
      ? locale.defaultNumber
      : try icu(name) { try ICUNumberFormatter.shared(skeleton: skeleton, locale: locale.icu) }
    switch argument {
    case .number(let value): return try icu(name) { try formatter.format(value) }
    case .decimal(let digits): return try icu(name) { try formatter.format(decimal: digits) }
    default: throw wrongKind(name, expected: "number", argument)
    }
  }

  /// `{d, date, ::skeleton}`.
  func date(
    _ argument: MessageArgument, name: String, skeleton: String
  ) throws(CatalogError) -> String {
    guard case .date(let year, let month, let day) = argument else {
      throw wrongKind(name, expected: "date", argument)
    }
    // A month alone ("2023-04") cannot fill a skeleton that shows the day or weekday.
    if day == nil, skeleton.contains(where: { "dEc".contains($0) }) {
      throw wrongKind(name, expected: "date with a day", argument)
    }
    let formatter = try icu(name) {
      try ICUDateFormatter.shared(skeleton: skeleton, locale: locale.icu)
    }
    return try icu(name) { try formatter.format(year: year, month: month, day: day ?? 1) }
  }

  /// `{xs, list}`, `{xs, list, or}`, `{xs, list, unit}`; a single text is a list of one.
  func list(
    _ argument: MessageArgument, name: String, style: ListStyle
  ) throws(CatalogError) -> String {
    let items: [String]
    switch argument {
    case .list(let values): items = values
    case .string(let value): items = [value]
    default: throw wrongKind(name, expected: "list", argument)
    }
    let kind: ICUListFormatter.Kind =
      switch style {
      case .and: .and
      case .or: .or
      case .unit: .units
      }
    return try icu(name) { try ICUListFormatter.shared(locale: locale.icu, kind: kind).format(items) }
  }

  /// `{n, spellout, %rule-set}`: Salin's own ordinals where ICU's are not idiomatic (Tagalog),
  /// otherwise the locale's rule set closest to the one asked for (Korean has no
  /// `%spellout-ordinal`: `%spellout-ordinal-native-count` gives 다섯 번째).
  func spellOut(
    _ argument: MessageArgument, name: String, ruleSet: String?
  ) throws(CatalogError) -> String {
    let n = try integer(argument, name: name)
    if let ruleSet, LocaleOrdinals.isOrdinal(ruleSet), let spelled = locale.ordinals.spelled {
      return spelled(n)
    }
    let formatter = try icu(name) { try ICUSpellOutFormatter.shared(locale: locale.icu) }
    var chosen: String? = nil
    if let ruleSet {
      guard let equivalent = formatter.equivalentRuleSet(for: ruleSet) else {
        throw .unknownRuleSet(
          ruleSet: ruleSet, language: locale.language, available: formatter.ruleSetNames)
      }
      chosen = equivalent
    }
    return try icu(name) { try formatter.format(n, ruleSet: chosen) }
  }

  /// `{n, ordinal}`: digits with the ordinal affix of the number's CLDR ordinal category.
  func ordinal(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    let n = try integer(argument, name: name)
    let patterns = locale.ordinals.digitPatterns
    let category = locale.ordinal.select(Double(n))
    let pattern = patterns[category] ?? patterns["other"] ?? "#"
    let digits = try icu(name) { try locale.defaultNumber.format(n) }
    return pattern.split(separator: "#", omittingEmptySubsequences: false).joined(separator: digits)
  }

  /// `{c, region}` and `{l, language}`: a code's display name; other text is kept as a name.
  func displayName(_ code: String, isRegion: Bool, name: String) throws(CatalogError) -> String {
    let names = try icu(name) { try ICUDisplayNames.shared(locale: locale.icu) }
    if isRegion {
      let upper = code.uppercased()
      let isCode =
        (upper.count == 2 && upper.allSatisfy { $0.isASCII && $0.isLetter })
        || (upper.count == 3 && upper.allSatisfy { $0.isASCII && $0.isNumber })
      guard isCode else { return code }
      return (try? names.regionName(upper)) ?? code
    }
    let isTag = !code.isEmpty && code.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
    guard isTag else { return code }
    return (try? names.languageName(code)) ?? code
  }

  private func integer(_ argument: MessageArgument, name: String) throws(CatalogError) -> Int64 {
    guard let value = argument.doubleValue else {
      throw wrongKind(name, expected: "number", argument)
    }
    guard value.rounded() == value, abs(value) < 9e15 else {
      throw wrongKind(name, expected: "whole number", argument)
    }
    return Int64(value)
  }
}
