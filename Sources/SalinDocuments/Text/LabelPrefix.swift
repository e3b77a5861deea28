/// Finds a `Label:` prefix: a few words at the start of a text, ending in a colon.
///
/// `Mga pinagmumulan: THX News …` has the label `Mga pinagmumulan`; `Sources:` alone has the label
/// `Sources`; `In response to the threats:` is too long to be one.
public enum LabelPrefix {
  /// The most words a label prefix may have.
  public static let maximumWords = 5
  /// The most Unicode scalars a label prefix may have.
  public static let maximumLength = 40

  /// The UTF-8 range of a text's label prefix, without the colon.
  /// - Parameter text: The text of a line or block.
  /// - Returns: The range of the label in `text`, or `nil` if the text has none.
  public static func range(in text: String) -> Range<Int>? {
    var words = 1
    var scalars = 0
    var offset = 0
    var previousWasSpace = false
    for scalar in text.unicodeScalars {
      if scalar == ":" || scalar == "：" {
        // The colon must be followed by a space or end the text, and follow a word.
        let after = text.utf8.dropFirst(offset + UTF8.width(scalar)).first
        guard offset > 0, !previousWasSpace, after == nil || after == 0x20 || after == 0x09
        else { return nil }
        return 0..<offset
      }
      if ".!?;|()[]{}\"".unicodeScalars.contains(scalar) { return nil }
      if scalar == " " {
        if !previousWasSpace { words += 1 }
        previousWasSpace = true
      } else {
        previousWasSpace = false
      }
      scalars += 1
      offset += UTF8.width(scalar)
      if words > maximumWords || scalars > maximumLength { return nil }
    }
    return nil
  }
}
