import SalinCore
import SalinICU

extension PreparedMessage {
  /// Binds a parsed message to a locale's formatters, opening each on first use in the process.
  /// - Parameters:
  ///   - pattern: The parsed message.
  ///   - locale: The locale's shared formatters.
  ///   - key: The catalog key, for errors.
  /// - Throws: `CatalogError` when ICU rejects a skeleton or a rule set is unknown.
  init(_ pattern: MessagePattern, locale: MessageLocale, key: String) throws(CatalogError) {
    var preparer = Preparer(locale: locale, key: key)
    parts = try preparer.prepare(pattern.parts)
  }
}

private struct Preparer {
  let locale: MessageLocale
  let key: String

  mutating func prepare(_ parts: [MessagePart]) throws(CatalogError) -> [PreparedPart] {
    var prepared: [PreparedPart] = []
    prepared.reserveCapacity(parts.count)
    for part in parts {
      switch part {
      case .text(let text): prepared.append(.text(text))
      case .pound: prepared.append(.pound)
      case .placeholder(let placeholder):
        prepared.append(
          .placeholder(
            PreparedPlaceholder(
              name: placeholder.name, format: try format(placeholder), grammar: placeholder.grammar,
              article: placeholder.article)
          ))
      }
    }
    return prepared
  }

  private mutating func format(_ placeholder: Placeholder) throws(CatalogError) -> PreparedFormat {
    let icu = locale.icu
    let name = placeholder.name
    switch placeholder.format {
    case .plain: return .plain
    case .number(let skeleton):
      if skeleton.isEmpty { return .number(locale.defaultNumber) }
      return .number(
        try open(name) { try ICUNumberFormatter.shared(skeleton: skeleton, locale: icu) })
    case .date(let skeleton):
      let formatter = try open(name) {
        try ICUDateFormatter.shared(skeleton: skeleton, locale: icu)
      }
      return .date(formatter, needsDay: skeleton.contains { "dEc".contains($0) })
    case .spellout(let ruleSet):
      if let ruleSet, LocaleNumbers.isOrdinal(ruleSet), let spelled = locale.numbers.spelledOrdinal
      {
        return .spelledBySalin(spelled)
      }
      if ruleSet == nil || LocaleNumbers.isCardinal(ruleSet!),
        let spelled = locale.numbers.spelledCardinal
      {
        return .spelledBySalin { spelled($0) }
      }
      let formatter = try open(name) { try ICUSpellOutFormatter.shared(locale: icu) }
      guard let ruleSet else { return .spelledByICU(formatter, ruleSet: nil) }
      guard let equivalent = formatter.equivalentRuleSet(for: ruleSet) else {
        throw .unknownRuleSet(
          ruleSet: ruleSet, language: locale.language, available: formatter.ruleSetNames)
      }
      return .spelledByICU(formatter, ruleSet: equivalent)
    case .ordinal: return .ordinal
    case .list(let style):
      let kind: ICUListFormatter.Kind =
        switch style {
        case .and, .names: .and
        case .or: .or
        case .unit: .units
        }
      return .list(
        try open(name) { try ICUListFormatter.shared(locale: icu, kind: kind) },
        names: style == .names)
    case .region(let adjective):
      return .region(
        try open(name) { try ICUDisplayNames.shared(locale: icu) }, adjective: adjective)
    case .language: return .language(try open(name) { try ICUDisplayNames.shared(locale: icu) })
    case .plural(let choice):
      var exact: [(Double, [PreparedPart])] = []
      var categories: [(String, [PreparedPart])] = []
      for branch in choice.branches {
        switch branch.selector {
        case .exact(let value): exact.append((value, try prepare(branch.parts)))
        case .category(let category): categories.append((category, try prepare(branch.parts)))
        }
      }
      return .plural(
        PreparedPlural(
          rules: choice.isOrdinal ? locale.ordinal : locale.cardinal, offset: choice.offset,
          exact: exact, categories: categories))
    case .select(let branches):
      var prepared: [(String, [PreparedPart])] = []
      for branch in branches { prepared.append((branch.value, try prepare(branch.parts))) }
      return .select(prepared)
    }
  }

  private func open<T>(_ name: String, _ body: () throws -> T) throws(CatalogError) -> T {
    do {
      return try body()
    } catch {
      throw .formattingFailed(key: key, name: name, reason: "\(error)")
    }
  }
}
