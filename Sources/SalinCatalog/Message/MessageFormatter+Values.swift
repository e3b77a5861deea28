import SalinCore
import SalinICU

// The text of one placeholder's value: which kinds of argument each format takes, as ICU's
// MessageFormat takes them (a number for a date is milliseconds since 1970; a currency amount
// sets the currency of a decimal format), and Salin's kinds (lists, months, times of day).
extension MessageFormatter {
  /// The formatted value of a placeholder that has no branches.
  func value(
    of argument: MessageArgument, _ placeholder: PreparedPlaceholder
  ) throws(CatalogError) -> String {
    let name = placeholder.name
    switch placeholder.format {
    case .plain: return try plain(argument, name: name)
    case .decimal(let format): return try decimal(argument, name: name, format: format)
    case .skeleton(let formatter):
      switch argument {
      case .number(let value): return try icu(name) { try formatter.format(value) }
      case .decimal(let digits): return try icu(name) { try formatter.format(decimal: digits) }
      default: throw wrongKind(name, expected: "number", argument)
      }
    case .dateTime(let formatter): return try dateTime(argument, name: name, formatter: formatter)
    case .ruleBased(let format):
      switch argument {
      case .number(let value): return try icu(name) { try format.format(value) }
      case .decimal(let digits):
        if let whole = Int64(digits) { return try icu(name) { try format.format(whole) } }
        return try icu(name) { try format.format(Double(digits) ?? .nan) }
      default: throw wrongKind(name, expected: "number", argument)
      }
    case .spelledBySalin(let spell):
      if let words = spell(try integer(argument, name: name)) { return words }
      return try ordinal(argument, name: name)
    case .ordinalBySalin: return try ordinal(argument, name: name)
    case .list(let formatter, let names):
      return try list(argument, name: name, formatter: formatter, names: names)
    case .region(let names, let adjective):
      guard case .string(let code) = argument else {
        throw wrongKind(name, expected: "region code", argument)
      }
      return regionName(code, names: names, adjective: adjective)
    case .language(let names):
      guard case .string(let code) = argument else {
        throw wrongKind(name, expected: "language tag", argument)
      }
      return languageName(code, names: names)
    case .choice, .plural, .select:
      return ""
    }
  }

  /// Appends the value of a number or date placeholder straight from ICU's buffer, without a
  /// `String`, where the argument is of the commonest kind; `false` for anything else, which
  /// `value(of:_:)` formats.
  func appendValue(
    of argument: MessageArgument, _ placeholder: PreparedPlaceholder, to text: inout MessageText
  ) throws(CatalogError) -> Bool {
    switch (placeholder.format, argument) {
    case (.decimal(let format), .number(let value)):
      try icu(placeholder.name) { try format.format(value) { text.append(utf8: $0) } }
      return true
    case (.dateTime(let formatter), .date(let year, let month, let day?)):
      try civil(placeholder.name) {
        try formatter.format(year: year, month: month, day: day) { text.append(utf8: $0) }
      }
      return true
    case (.plain, .string(let value)):
      text.append(value)
      return true
    default:
      return false
    }
  }

  /// `{name}`: text as is, numbers in the decimal format, dates and times as a short date and a
  /// short time (ICU's default date format), lists joined with "and".
  private func plain(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    switch argument {
    case .string(let text): return text
    case .number, .decimal: return try decimal(argument, name: name, format: locale.defaultNumber)
    case .date, .time, .dateTime:
      let formatter = try icu(name) { try locale.defaultDateTime() }
      return try dateTime(argument, name: name, formatter: formatter)
    case .list:
      let formatter = try icu(name) { try ICUListFormatter.shared(locale: locale.icu, kind: .and) }
      return try list(argument, name: name, formatter: formatter)
    case .currency:
      throw wrongKind(
        name, expected: "text, number or date (a currency amount needs a number format)", argument)
    }
  }

  /// A number in a decimal format; a currency amount in its own currency.
  func decimal(
    _ argument: MessageArgument, name: String, format: ICUDecimalFormat
  ) throws(CatalogError) -> String {
    switch argument {
    case .number(let value): return try icu(name) { try format.format(value) }
    case .decimal(let digits): return try icu(name) { try format.format(decimal: digits) }
    case .currency(let amount, let code):
      return try icu(name) { try format.format(amount, currency: code) }
    default: throw wrongKind(name, expected: "number", argument)
    }
  }

  /// A date, time or both; a number is milliseconds since 1970.
  private func dateTime(
    _ argument: MessageArgument, name: String, formatter: ICUDateFormatter
  ) throws(CatalogError) -> String {
    let fields = formatter.fields
    switch argument {
    case .number(let millis): return try icu(name) { try formatter.format(millis: millis) }
    case .decimal(let digits):
      return try icu(name) { try formatter.format(millis: Double(digits) ?? .nan) }
    case .date(let year, let month, let day):
      // A month alone ("2023-04") cannot fill a format that shows the day or weekday.
      if day == nil, fields.showsDay {
        throw wrongKind(name, expected: "date with a day", argument)
      }
      return try civil(name) { try formatter.format(year: year, month: month, day: day ?? 1) }
    case .time(let hour, let minute, let second, let millisecond):
      if fields.showsDate { throw wrongKind(name, expected: "date", argument) }
      return try civil(name) {
        try formatter.format(
          year: 1970, month: 1, day: 1, hour: hour, minute: minute, second: second,
          millisecond: millisecond)
      }
    case .dateTime(let value):
      guard let offset = value.utcOffsetMinutes else {
        return try civil(name) {
          try formatter.format(
            year: value.year, month: value.month, day: value.day, hour: value.hour,
            minute: value.minute, second: value.second, millisecond: value.millisecond)
        }
      }
      guard
        let utc = ICUDateFormatter.gregorianMillis(
          year: value.year, month: value.month, day: value.day, hour: value.hour,
          minute: value.minute, second: value.second, millisecond: value.millisecond)
      else {
        throw .formattingFailed(
          key: key, name: name,
          reason: "\(value.year)-\(value.month)-\(value.day) is not a "
            + "date of the Gregorian calendar (years 1583–9999)")
      }
      return try icu(name) { try formatter.format(millis: utc - Double(offset) * 60_000) }
    default:
      throw wrongKind(name, expected: "date or time", argument)
    }
  }

  /// Runs a civil date's formatting, which fails only for a date or time that does not exist.
  private func civil<T>(_ name: String, _ body: () throws -> T) throws(CatalogError) -> T {
    do {
      return try body()
    } catch {
      throw .formattingFailed(key: key, name: name, reason: "that date or time does not exist")
    }
  }

  /// Appends `#`: the plural number less the offset, in the decimal format (a decimal keeps its
  /// digits when nothing was subtracted, as ICU keeps its `Formattable`).
  func appendPound(_ plural: PluralNumber, to text: inout MessageText) throws(CatalogError) {
    if !plural.hasOffset, case .decimal(let digits) = plural.argument {
      text.append(try icu("#") { try locale.defaultNumber.format(decimal: digits) })
      return
    }
    try icu("#") { try locale.defaultNumber.format(plural.value) { text.append(utf8: $0) } }
  }

  /// `{n, ordinal}` in a language whose ordinals Salin writes: digits with the affix of the
  /// number's CLDR ordinal category (ika-5).
  ///
  /// A negative number has no ordinal ("ika--5" is no one's writing), so it is an error naming
  /// the argument rather than a wrong answer.
  func ordinal(_ argument: MessageArgument, name: String) throws(CatalogError) -> String {
    let n = try integer(argument, name: name)
    guard n >= 0 else {
      throw .formattingFailed(
        key: key, name: name, reason: "an ordinal needs a whole number of 0 or more, not \(n)")
    }
    if let word = locale.numbers.exactOrdinal(n) { return word }
    let affixes = locale.numbers.digitOrdinalAffixes(for: locale.ordinal.select(Double(n)))
    let digits = try icu(name) { try locale.defaultNumber.format(Double(n)) }
    return affixes.prefix + digits + affixes.suffix
  }

  /// `{xs, list, …}`: a list joined, a single text as a list of one.
  ///
  /// Where the locale's words replace ICU's pattern (Tagalog without the serial comma; Korean
  /// names joined with 과/와), they join it.
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

  /// A whole number for Salin's spell-out and ordinals.
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
