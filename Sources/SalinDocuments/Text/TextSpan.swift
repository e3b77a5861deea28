public import SalinCore

/// A span of a segment's text (a sentence, a word) with its place in the file.
public struct TextSpan: Hashable, Sendable {
  /// The span's text.
  public let text: String
  /// Its UTF-8 offsets in the segment's text.
  public let textRange: Range<Int>
  /// Its range in the file.
  public let range: SourceRange
  /// Whether it holds letters or numbers (for words; always `true` for sentences).
  public let isWordLike: Bool

  /// Makes a span.
  /// - Parameters:
  ///   - text: The text.
  ///   - textRange: UTF-8 offsets in the segment's text.
  ///   - range: Range in the file.
  ///   - isWordLike: Whether it holds letters or numbers.
  public init(text: String, textRange: Range<Int>, range: SourceRange, isWordLike: Bool = true) {
    self.text = text
    self.textRange = textRange
    self.range = range
    self.isWordLike = isWordLike
  }
}
