extension ICUListFormatter {
  /// What the locale's list pattern writes between items, as ICU formats them: between two
  /// items, then at the start, middle and end of longer lists, each once, in that order
  /// (fil: " at ", ", ", ", at "; ko: " 및 ", ", ").
  ///
  /// Read off ICU's own output for placeholder items (private-use characters no pattern
  /// holds), so that a list written with the pattern can be split back into its items.
  /// - Returns: The separators, none repeated.
  /// - Throws: `ICUError` if ICU fails.
  package func separators() throws -> [String] {
    let items = (0xE000..<0xE004).compactMap(Unicode.Scalar.init).map(String.init)
    var found: [String] = []
    for count in 2...items.count {
      let text = try format(Array(items.prefix(count)))
      var between = ""
      var started = false
      for scalar in text.unicodeScalars {
        if (0xE000..<0xE004).contains(scalar.value) {
          if started, !between.isEmpty, !found.contains(between) { found.append(between) }
          started = true
          between = ""
        } else {
          between.unicodeScalars.append(scalar)
        }
      }
    }
    return found
  }
}
