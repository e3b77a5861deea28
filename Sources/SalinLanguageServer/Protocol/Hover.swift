/// What the editor shows on hover: Markdown text about the range under the pointer.
public struct Hover: Hashable, Sendable, Codable {
  /// The text.
  public var contents: MarkupContent
  /// The range it is about.
  public var range: TextRange?
}

/// Formatted text (`markdown` or `plaintext`).
public struct MarkupContent: Hashable, Sendable, Codable {
  /// `markdown`.
  public var kind: String
  /// The text.
  public var value: String
}
