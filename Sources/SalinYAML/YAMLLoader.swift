public import Yams

/// Composes YAML into Yams nodes within ``YAMLLimits``: the one way Salin reads YAML.
///
/// Yams composes an alias by sharing the anchored node, so composing itself is cheap, but every
/// walk over the result (a reader's, a hash of a complex key while Yams checks for duplicate
/// keys) visits each alias's whole node again. A first pass over libyaml's events adds up what
/// each alias stands for and stops a file that would pass a limit, at the alias that does, before
/// anything walks it. A leading byte order mark is dropped: it is not part of the text, and libyaml
/// rejects it when told the input is UTF-8.
public enum YAMLLoader {
  /// Composes one YAML document.
  /// - Parameters:
  ///   - text: The YAML text.
  ///   - limits: The limits; Salin's standard ones by default.
  /// - Returns: The root node, or `nil` for a document with no content.
  /// - Throws: ``YAMLLimitError`` when the text passes a limit; Yams' `YamlError` when it is not
  ///   valid YAML.
  public static func compose(_ text: String, limits: YAMLLimits = .standard) throws -> Node? {
    let text = withoutByteOrderMark(text)
    try AliasBudget(limits: limits).check(text)
    return try Yams.compose(yaml: text)
  }

  /// The text without a leading byte order mark (U+FEFF), which editors on Windows write.
  ///
  /// Readers that map YAML marks back onto their own copy of the text call this first, so that
  /// their columns on line 1 agree with the marks (an editor does not count the mark as a column).
  /// - Parameter text: A file's text.
  /// - Returns: The text from its first character after the mark.
  public static func withoutByteOrderMark(_ text: String) -> String {
    guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
    return String(text.unicodeScalars.dropFirst())
  }
}
