import SalinCore
import SalinICU

extension MessageFormatter {
  /// `{name}`: text as is, other kinds in the locale's default format.
  func plain(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    switch argument {
    case .string(let text): return text
    case .number, .decimal: return try number(argument, name: name, formatter: locale.defaultNumber)
    case .date:
      let formatter = try icu(name) {
        try ICUDateFormatter.shared(skeleton: "yMMMd", locale: locale.icu)
      }
      return try date(argument, name: name, formatter: formatter, needsDay: true)
    case .list:
      let formatter = try icu(name) { try ICUListFormatter.shared(locale: locale.icu, kind: .and) }
      return try list(argument, name: name, formatter: formatter)
    }
  }

  /// `{n, number, ::skeleton}`.
  func number(
    _ argument: MessageArgument, name: String, formatter: ICUNumberFormatter
  ) throws(CatalogError) -> String {
    switch argument {
    case .number(let value): return try icu(name) { try formatter.format(value) }
    case .decimal(let digits): return try icu(name) { try formatter.format(decimal: digits) }
    default: throw wrongKind(name, expected: "number", argument)
    }
  }

  /// `{d, date, ::skeleton}`.
  func date(
    _ argument: MessageArgument, name: String, formatter: ICUDateFormatter, needsDay: Bool
  ) throws(CatalogError) -> String {
    guard case .date(let year, let month, let day) = argument else {
      throw wrongKind(name, expected: "date", argument)
    }
    // A month alone ("2023-04") cannot fill a skeleton that shows the day or weekday.
    if day == nil, needsDay { throw wrongKind(name, expected: "date with a day", argument) }
    return try icu(name) { try formatter.format(year: year, month: month, day: day ?? 1) }
  }

  /// `{xs, list, …}`; a single text is a list of one. Where the locale's words replace ICU's
  /// pattern (Tagalog without the serial comma; Korean names joined with 과/와), they join it.
  func list(
    _ argument: MessageArgument, name: String, formatter: ICUListFormatter, names: Bool = false
  ) throws(CatalogError) -> String {
    switch argument {
    case .list(let values):
      if names, locale.words.joinsNamesWithParticle,
        let joined = KoreanNameList.joined(values, readings: locale.words.acronymReadings)
      {
        return joined
      }
      if let joined = locale.words.joined(values, kind: formatter.kind) { return joined }
      return try icu(name) { try formatter.format(values) }
    case .string(let value): return value
    default: throw wrongKind(name, expected: "list", argument)
    }
  }

  /// `{n, ordinal}`: digits with the ordinal affix of the number's CLDR ordinal category.
  ///
  /// A negative number has no ordinal: "-5th", "ika--5" and "-5번째" are no one's writing, so
  /// it is an error naming the argument rather than a wrong answer.
  func ordinal(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    let n = try integer(argument, name: name)
    guard n >= 0 else {
      throw .formattingFailed(
        key: key, name: name, reason: "an ordinal needs a whole number of 0 or more, not \(n)")
    }
    if let word = locale.numbers.exactOrdinal(n) { return word }
    let affixes = locale.numbers.digitOrdinalAffixes(for: locale.ordinal.select(Double(n)))
    let digits = try icu(name) { try locale.defaultNumber.format(n) }
    return affixes.prefix + digits + affixes.suffix
  }

  /// `{c, region}`: a region code's display name (KR → South Korea), as the locale's news writes
  /// it where Salin's data says so (ko KR → 한국); `adjective` for its adjective (South Korean);
  /// other text is a name.
  func regionName(_ code: String, names: ICUDisplayNames, adjective: Bool = false) -> String {
    let isCode =
      (code.utf8.count == 2
        && code.utf8.allSatisfy { (65...90).contains($0) || (97...122).contains($0) })
      || (code.utf8.count == 3 && code.utf8.allSatisfy { (48...57).contains($0) })
    guard isCode else { return code }
    let upper = code.utf8.contains { (97...122).contains($0) } ? code.uppercased() : code
    if adjective, let word = locale.words.regionAdjectives[upper] { return word }
    if let name = locale.words.regionName(upper) { return name }
    return (try? names.regionName(upper)) ?? code
  }

  /// `{l, language}`: a language tag's display name (tl → Tagalog); other text is a name.
  func languageName(_ code: String, names: ICUDisplayNames) -> String {
    let isTag = !code.isEmpty && code.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
    guard isTag else { return code }
    return (try? names.languageName(code)) ?? code
  }

  /// A whole number for spell-out and ordinals.
  func integer(_ argument: MessageArgument, name: String) throws(CatalogError) -> Int64 {
    guard let value = argument.doubleValue else {
      throw wrongKind(name, expected: "number", argument)
    }
    guard value.rounded() == value, abs(value) < 9e15 else {
      throw wrongKind(name, expected: "whole number", argument)
    }
    return Int64(value)
  }
}
