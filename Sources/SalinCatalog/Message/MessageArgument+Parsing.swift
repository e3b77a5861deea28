extension MessageArgument {
  /// Reads a value typed on a command line by its shape.
  ///
  /// `2023-04-26` is a date, `2023-04` a month, `14:30` or `14:30:05.250` a time of day,
  /// `2023-04-26T14:30` a date and time (`…Z` or `…+09:00` an instant), `5`, `-2.5`,
  /// `1234.50` or `1.5e-7` a number (kept as its digits when a `Double` would round it), `12.50 EUR` or
  /// `EUR 12.50` a currency amount; anything else is text.
  /// - Parameter text: The value as typed.
  /// - Returns: The argument.
  public static func parsing(_ text: String) -> MessageArgument {
    let utf8 = Array(text.utf8)
    if let first = utf8.first, (0x30...0x39).contains(first) {
      if let date = date(utf8) { return date }
      if let time = time(utf8[...]) {
        return .time(hour: time.0, minute: time.1, second: time.2, millisecond: time.3)
      }
      if let dateTime = dateTime(utf8) { return .dateTime(dateTime) }
    }
    if let number = number(text) { return number }
    if let currency = currency(text) { return currency }
    return .string(text)
  }

  /// Merges the values given for one name: several values make a list.
  /// - Parameter values: The values typed for the same argument name, in order.
  /// - Returns: The argument.
  public static func parsing(_ values: [String]) -> MessageArgument {
    values.count == 1 ? parsing(values[0]) : .list(values)
  }

  private static func number(_ text: String) -> MessageArgument? {
    guard isNumber(text) else { return nil }
    let mantissa = text.prefix { $0 != "e" && $0 != "E" }
    let digits = mantissa.utf8.filter { (0x30...0x39).contains($0) }.count
    if digits <= 15, let value = Double(text) { return .number(value) }
    return .decimal(text)
  }

  private static func isNumber(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    // An exponent, as ICU's own tests and JSON write numbers: 1e-7, 1.5E21.
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      var exponent = body[body.index(after: e)...]
      if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
      guard !exponent.isEmpty, exponent.allSatisfy({ ("0"..."9").contains($0) }) else {
        return false
      }
      body = body[..<e]
    }
    let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), !pieces[0].isEmpty else { return false }
    return pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
  }

  private static func currency(_ text: String) -> MessageArgument? {
    let pieces = text.split(separator: " ", omittingEmptySubsequences: false)
    guard pieces.count == 2 else { return nil }
    func isCode(_ piece: Substring) -> Bool {
      piece.utf8.count == 3 && piece.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }
    let (amount, code) = isCode(pieces[1]) ? (pieces[0], pieces[1]) : (pieces[1], pieces[0])
    guard isCode(code), isNumber(String(amount)), let value = Double(amount) else { return nil }
    return .currency(amount: value, code: String(code))
  }

  /// `YYYY-MM-DD` or `YYYY-MM`.
  private static func date(_ utf8: [UInt8]) -> MessageArgument? {
    guard utf8.count == 7 || utf8.count == 10, let (year, month, day) = civilDate(utf8[...])
    else { return nil }
    return .date(year: year, month: month, day: day)
  }

  private static func civilDate(_ utf8: ArraySlice<UInt8>) -> (Int, Int, Int?)? {
    let base = utf8.startIndex
    guard utf8.count >= 7, utf8[base + 4] == 0x2D, let year = digits(utf8, base, 4),
      let month = digits(utf8, base + 5, 2), (1...12).contains(month)
    else { return nil }
    guard utf8.count >= 10 else { return (year, month, nil) }
    guard utf8[base + 7] == 0x2D, let day = digits(utf8, base + 8, 2), (1...31).contains(day)
    else { return nil }
    return (year, month, day)
  }

  /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` (more fraction digits are cut to milliseconds).
  private static func time(_ utf8: ArraySlice<UInt8>) -> (Int, Int, Int, Int)? {
    let base = utf8.startIndex
    guard utf8.count >= 5, utf8[base + 2] == 0x3A, let hour = digits(utf8, base, 2),
      let minute = digits(utf8, base + 3, 2), hour < 24, minute < 60
    else { return nil }
    if utf8.count == 5 { return (hour, minute, 0, 0) }
    guard utf8.count >= 8, utf8[base + 5] == 0x3A, let second = digits(utf8, base + 6, 2),
      second < 60
    else { return nil }
    if utf8.count == 8 { return (hour, minute, second, 0) }
    guard utf8[base + 8] == 0x2E, utf8.count > 9,
      utf8[(base + 9)...].allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    let fraction = Array(utf8[(base + 9)...].prefix(3)) + Array(repeating: 0x30, count: 3)
    let millisecond = digits(fraction[...], 0, 3) ?? 0
    return (hour, minute, second, millisecond)
  }

  /// `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z`, `±HH:MM` or `±HHMM`.
  private static func dateTime(_ utf8: [UInt8]) -> MessageDateTime? {
    guard utf8.count >= 16, utf8[10] == 0x54 || utf8[10] == 0x74,
      let (year, month, day) = civilDate(utf8[..<10]), let day
    else { return nil }
    var end = utf8.count
    var offset: Int?
    if utf8.last == 0x5A || utf8.last == 0x7A {
      offset = 0
      end -= 1
    } else if let sign = utf8[16...].firstIndex(where: { $0 == 0x2B || $0 == 0x2D }) {
      let zone = utf8[(sign + 1)...].filter { $0 != 0x3A }
      guard zone.count == 4, let hours = digits(zone[...], 0, 2),
        let minutes = digits(zone[...], 2, 2),
        hours < 24, minutes < 60
      else { return nil }
      offset = (hours * 60 + minutes) * (utf8[sign] == 0x2D ? -1 : 1)
      end = sign
    }
    guard let (hour, minute, second, millisecond) = time(utf8[11..<end]) else { return nil }
    return MessageDateTime(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      millisecond: millisecond, utcOffsetMinutes: offset)
  }

  private static func digits(_ utf8: ArraySlice<UInt8>, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
      let byte = utf8[index]
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
