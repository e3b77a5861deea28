/// A run of rendered text with where it came from.
public struct RenderedSpan: Hashable, Sendable {
  /// The text, unescaped.
  public var text: String
  /// Where it came from.
  public var provenance: Provenance

  /// Makes a span.
  /// - Parameters:
  ///   - text: The text.
  ///   - provenance: Where it came from.
  public init(_ text: String, provenance: Provenance) {
    self.text = text
    self.provenance = provenance
  }
}

extension Array where Element == RenderedSpan {
  /// The spans' text, joined.
  public var plainText: String { map(\.text).joined() }
}
