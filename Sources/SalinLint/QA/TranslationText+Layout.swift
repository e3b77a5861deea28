/// The layout a translation must keep: backslashes, line breaks, tabs and the whitespace at its
/// edges, as translate-toolkit's pofilter compares them (`escapes`, `newlines`, `tabs`,
/// `startwhitespace`, `endwhitespace`).
///
/// Texts are compared scalar by scalar, as Python compares them: a Swift `Character` holds
/// "\r\n" as one, so counting characters would miss a line break.
extension TranslationText {
  /// How often `needle` occurs in `text`, without overlaps (Python's `str.count`).
  /// - Parameters:
  ///   - needle: A non-empty string.
  ///   - text: The text.
  /// - Returns: The number of occurrences.
  static func count(_ needle: String, in text: String) -> Int {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return 0 }
    var count = 0
    var utf8 = text.utf8[...]
    while let start = utf8.firstIndex(of: first) {
      let rest = utf8[start...]
      if rest.starts(with: pattern) {
        count += 1
        utf8 = rest.dropFirst(pattern.count)
      } else {
        utf8 = rest.dropFirst()
      }
    }
    return count
  }

  /// Whether two texts hold each needle equally often (pofilter's `countsmatch`).
  /// - Parameters:
  ///   - source: The source.
  ///   - target: The translation.
  ///   - needles: What to count.
  /// - Returns: `true` when every count matches.
  static func countsMatch(_ source: String, _ target: String, _ needles: [String]) -> Bool {
    needles.allSatisfy { count($0, in: source) == count($0, in: target) }
  }

  /// The whitespace a text starts with (spaces, tabs, line breaks, no-break spaces).
  /// - Parameter text: The text.
  /// - Returns: The leading whitespace, possibly empty.
  static func leadingWhitespace(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.prefix { $0.properties.isWhitespace }))
  }

  /// The whitespace a text ends with.
  /// - Parameter text: The text.
  /// - Returns: The trailing whitespace, possibly empty.
  static func trailingWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.endIndex
    while start > scalars.startIndex {
      let before = scalars.index(before: start)
      guard scalars[before].properties.isWhitespace else { break }
      start = before
    }
    return String(scalars[start...])
  }

  /// Whitespace spelt out for a message: "' '", "'\n'", "no whitespace".
  /// - Parameter whitespace: Whitespace.
  /// - Returns: A quoted, escaped description.
  static func describeWhitespace(_ whitespace: String) -> String {
    guard !whitespace.isEmpty else { return "no whitespace" }
    var out = ""
    for scalar in whitespace.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case " ": out += " "
      default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      }
    }
    return "'\(out)'"
  }

  /// The words of a text that hold a backslash, for a message.
  /// - Parameter text: The text.
  /// - Returns: The words, quoted and joined, or "none".
  static func wordsWithBackslash(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains("\\") }
    return words.isEmpty ? "none" : quotedList(words.map(String.init))
  }
}
