extension MessageArgument {
  /// Reads a value typed on a command line by its shape.
  ///
  /// `2023-04-26` is a date, `2023-04` a month, `5`, `-2.5` or `1234.50` a number (kept as its
  /// digits when a `Double` would round it); anything else is text.
  /// - Parameter text: The value as typed.
  /// - Returns: The argument.
  public static func parsing(_ text: String) -> MessageArgument {
    if let date = date(text) { return date }
    if isNumber(text) {
      let digits = text.filter { ("0"..."9").contains($0) }.count
      if digits <= 15, let value = Double(text) { return .number(value) }
      return .decimal(text)
    }
    return .string(text)
  }

  /// Merges the values given for one name: several values make a list.
  /// - Parameter values: The values typed for the same argument name, in order.
  public static func parsing(_ values: [String]) -> MessageArgument {
    values.count == 1 ? parsing(values[0]) : .list(values)
  }

  private static func date(_ text: String) -> MessageArgument? {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3, fields[0].count == 4,
      fields.dropFirst().allSatisfy({ $0.count == 2 }),
      fields.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(fields[0]), let month = Int(fields[1]), (1...12).contains(month)
    else { return nil }
    guard fields.count == 3 else { return .date(year: year, month: month, day: nil) }
    guard let day = Int(fields[2]), (1...31).contains(day) else { return nil }
    return .date(year: year, month: month, day: day)
  }

  private static func isNumber(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), !pieces[0].isEmpty else { return false }
    return pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
  }
}
