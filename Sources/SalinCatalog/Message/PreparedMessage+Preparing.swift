import SalinCore
import SalinICU

extension PreparedMessage {
  /// Binds a parsed message to a locale's formatters, opening each on first use in the process.
  /// - Parameters:
  ///   - pattern: The parsed message.
  ///   - locale: The locale's shared formatters.
  ///   - key: The catalog key, for errors.
  ///   - locate: The file position of an offset in the message, for errors.
  /// - Throws: `CatalogError` when ICU rejects a skeleton or pattern, or a rule set is unknown.
  init(
    _ pattern: MessagePattern, locale: MessageLocale, key: String,
    locate: (Int) -> SourceLocation? = { _ in nil }
  ) throws(CatalogError) {
    let preparer = Preparer(locale: locale, key: key)
    do throws(Preparer.Failure) {
      parts = try preparer.prepare(pattern.parts)
    } catch {
      throw error.error.located(at: locate(error.offset))
    }
    storage = PreparedStorage(
      bytes: preparer.store.bytes, placeholders: preparer.store.placeholders)
  }
}

private struct Preparer {
  let locale: MessageLocale
  let key: String
  /// Where the parts' text and placeholders are gathered.
  let store = Store()

  /// The message's literal text and placeholders, gathered while its parts are made.
  final class Store {
    var bytes: [UInt8] = []
    var placeholders: [PreparedPlaceholder] = []
  }

  /// An error at an offset of the message.
  struct Failure: Error {
    let error: CatalogError
    let offset: Int
  }

  func prepare(_ parts: [MessagePart]) throws(Failure) -> [PreparedPart] {
    var prepared: [PreparedPart] = []
    prepared.reserveCapacity(parts.count)
    for part in parts {
      switch part {
      case .text(let text):
        let offset = Int32(store.bytes.count)
        store.bytes.append(contentsOf: text.utf8)
        prepared.append(.text(offset: offset, count: Int32(store.bytes.count) - offset))
      case .pound: prepared.append(.pound)
      case .placeholder(let placeholder):
        let format = try self.format(placeholder)
        let made = PreparedPlaceholder(
          name: placeholder.name, format: format, grammar: placeholder.grammar,
          article: placeholder.article, offset: placeholder.offset)
        store.placeholders.append(made)
        prepared.append(.placeholder(PlaceholderReference(placeholder: made)))
      }
    }
    return prepared
  }

  /// Binds one placeholder; an error points at the innermost placeholder that caused it.
  private func format(_ placeholder: Placeholder) throws(Failure) -> PreparedFormat {
    let name = placeholder.name
    switch placeholder.format {
    case .choice(let branches):
      var prepared: [(limit: Double, isExclusive: Bool, parts: [PreparedPart])] = []
      for branch in branches {
        prepared.append((branch.limit, branch.isExclusive, try prepare(branch.parts)))
      }
      return .choice(prepared)
    case .plural(let choice):
      var branches: [(selector: PreparedPlural.Selector, parts: [PreparedPart])] = []
      for branch in choice.branches {
        let selector: PreparedPlural.Selector =
          switch branch.selector {
          case .exact(let value): .exact(value)
          case .keyword(let keyword): .keyword(keyword)
          }
        branches.append((selector, try prepare(branch.parts)))
      }
      let selection = try at(placeholder) { () throws(CatalogError) in
        try selectionFormat(of: choice, name: name)
      }
      return .plural(
        PreparedPlural(
          rules: choice.isOrdinal ? locale.ordinal : locale.cardinal, offset: choice.offset,
          branches: branches, selectionFormat: selection))
    case .select(let branches):
      var prepared: [(String, [PreparedPart])] = []
      for branch in branches { prepared.append((branch.value, try prepare(branch.parts))) }
      return .select(prepared)
    default:
      return try at(placeholder) { () throws(CatalogError) in try simpleFormat(placeholder) }
    }
  }

  private func at<T>(
    _ placeholder: Placeholder, _ body: () throws(CatalogError) -> T
  ) throws(Failure) -> T {
    do throws(CatalogError) {
      return try body()
    } catch {
      throw Failure(error: error, offset: placeholder.offset)
    }
  }

  private func simpleFormat(_ placeholder: Placeholder) throws(CatalogError) -> PreparedFormat {
    let icu = locale.icu
    let name = placeholder.name
    switch placeholder.format {
    case .plain, .choice, .plural, .select: return .plain
    case .number(let style): return try number(style, name: name)
    case .dateTime(let style, let isTime):
      let form: ICUDateFormatter.Form =
        switch style {
        case .short:
          isTime ? .styles(date: .none, time: .short) : .styles(date: .short, time: .none)
        case .medium:
          isTime ? .styles(date: .none, time: .medium) : .styles(date: .medium, time: .none)
        case .long: isTime ? .styles(date: .none, time: .long) : .styles(date: .long, time: .none)
        case .full: isTime ? .styles(date: .none, time: .full) : .styles(date: .full, time: .none)
        case .pattern(let pattern): .appliedPattern(pattern, isTime: isTime)
        case .skeleton(let skeleton): .skeleton(skeleton)
        }
      let what =
        switch style {
        case .pattern(let pattern): "the date pattern '\(pattern)'"
        case .skeleton(let skeleton): "the date skeleton '::\(skeleton)'"
        default: "the date format"
        }
      return .dateTime(
        try open(name, what) {
          try ICUDateFormatter.shared(form, locale: icu, timeZone: locale.timeZone)
        })
    case .ruleBased(let kind, let ruleSet): return try ruleBased(kind, ruleSet: ruleSet, name: name)
    case .list(let style):
      let kind: ICUListFormatter.Kind =
        switch style {
        case .and, .names: .and
        case .or: .or
        case .unit: .units
        }
      return .list(
        try open(name, "the list format") { try ICUListFormatter.shared(locale: icu, kind: kind) },
        names: style == .names)
    case .region(let adjective):
      return .region(
        try open(name, "region names") { try ICUDisplayNames.shared(locale: icu) },
        adjective: adjective)
    case .language:
      return .language(try open(name, "language names") { try ICUDisplayNames.shared(locale: icu) })
    }
  }

  private func number(_ style: NumberStyle, name: String) throws(CatalogError) -> PreparedFormat {
    let icu = locale.icu
    switch style {
    case .decimal: return .decimal(locale.defaultNumber)
    case .currency: return .decimal(try decimal(.currency, name: name))
    case .percent: return .decimal(try decimal(.percent, name: name))
    case .integer: return .decimal(try decimal(.integer, name: name))
    case .pattern(let pattern):
      return .decimal(
        try open(name, "the number pattern '\(pattern)'") {
          try ICUDecimalFormat.shared(style: .pattern(pattern), locale: icu)
        })
    case .skeleton(let skeleton):
      return .skeleton(
        try open(name, "the number skeleton '\(skeleton)'") {
          try ICUNumberFormatter.shared(skeleton: skeleton, locale: icu)
        })
    }
  }

  private func decimal(
    _ style: ICUDecimalFormat.Style, name: String
  ) throws(CatalogError) -> ICUDecimalFormat {
    try open(name, "the number format") {
      try ICUDecimalFormat.shared(style: style, locale: locale.icu)
    }
  }

  private func ruleBased(
    _ kind: RuleBasedKind, ruleSet: String?, name: String
  ) throws(CatalogError) -> PreparedFormat {
    let numbers = locale.numbers
    switch kind {
    case .spellout:
      if let ruleSet, LocaleNumbers.isOrdinal(ruleSet), let spelled = numbers.spelledOrdinal {
        return .spelledBySalin(spelled)
      }
      if ruleSet == nil || ruleSet.map(LocaleNumbers.isCardinal) == true,
        let spelled = numbers.spelledCardinal
      {
        return .spelledBySalin { spelled($0) }
      }
    case .ordinal:
      if ruleSet == nil, numbers.hasDigitOrdinals { return .ordinalBySalin }
    case .duration:
      break
    }
    let icuKind: ICURuleBasedNumberFormat.Kind =
      switch kind {
      case .spellout: .spellout
      case .ordinal: .ordinal
      case .duration: .duration
      }
    let plain = try open(name, "the \(kind.rawValue) rules") {
      try ICURuleBasedNumberFormat.shared(icuKind, locale: locale.icu)
    }
    guard let ruleSet else { return .ruleBased(plain) }
    guard
      let equivalent = ICURuleBasedNumberFormat.equivalentRuleSet(
        for: ruleSet, in: plain.ruleSetNames)
    else {
      throw .unknownRuleSet(
        ruleSet: ruleSet, language: locale.language, available: plain.ruleSetNames)
    }
    return .ruleBased(
      try open(name, "the rule set \(equivalent)") {
        try ICURuleBasedNumberFormat.shared(icuKind, ruleSet: equivalent, locale: locale.icu)
      })
  }

  /// The decimal format whose output chooses a plural's category.
  ///
  /// Found as ICU's `MessageFormat::PluralSelectorProvider::select` finds it: in the first
  /// `other` branch, the first `#` (the locale's decimal format) or placeholder of the same
  /// argument that is not a choice, plural or select; the decimal format when there is neither.
  /// `nil` when that placeholder's format is not a decimal format.
  private func selectionFormat(
    of choice: PluralChoice, name: String
  ) throws(CatalogError) -> ICUDecimalFormat? {
    guard let other = choice.branches.first(where: { $0.selector == .keyword("other") }) else {
      return locale.defaultNumber
    }
    for part in other.parts {
      switch part {
      case .text: continue
      case .pound: return locale.defaultNumber
      case .placeholder(let placeholder):
        guard placeholder.name == name, !placeholder.format.hasBranchesInPattern else { continue }
        switch placeholder.format {
        case .plain: return locale.defaultNumber
        case .number(let style):
          if case .skeleton = style { return nil }
          if case .decimal(let format) = try number(style, name: name) { return format }
          return nil
        default: return nil
        }
      }
    }
    return locale.defaultNumber
  }

  private func open<T>(
    _ name: String, _ what: String, _ body: () throws -> T
  ) throws(CatalogError) -> T {
    do {
      return try body()
    } catch {
      // ICU's code name (U_ILLEGAL_ARGUMENT_ERROR) tells a user nothing: what was rejected does.
      let why =
        switch error as? ICUError {
        case .some(let icu) where icu.isRejection: ""
        case .some(let icu): ": \(icu.explanation)"
        case .none: " (\(error))"
        }
      throw .formattingFailed(key: key, name: name, reason: "ICU rejects \(what)\(why)")
    }
  }
}

extension PlaceholderFormat {
  /// Whether the placeholder holds branches of message text (choice, plural, select).
  var hasBranchesInPattern: Bool {
    switch self {
    case .choice, .plural, .select: true
    default: false
    }
  }
}
