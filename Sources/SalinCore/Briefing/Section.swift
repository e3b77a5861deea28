/// A section of a briefing: a heading and its blocks.
public struct Section: Hashable, Sendable {
  /// The heading: a label key or translatable prose.
  public var heading: [Inline]
  /// The section's body.
  public var blocks: [Block]

  /// Makes a section.
  /// - Parameters:
  ///   - heading: The heading's runs.
  ///   - blocks: The body.
  public init(heading: [Inline], blocks: [Block]) {
    self.heading = heading
    self.blocks = blocks
  }
}
