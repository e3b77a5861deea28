/// A reference to a catalog entry by key (`label.details`), where the briefing names it.
///
/// Labels are never text in a briefing: the catalog of each locale supplies the words, so a
/// Tagalog header cannot leak into an English rendering.
public struct LabelKey: Hashable, Sendable, CustomStringConvertible {
  /// The catalog key.
  public var key: String
  /// Where the key is written, when it was loaded from a file.
  public var location: SourceLocation?

  /// Makes a reference.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - location: Where the key is written.
  public init(_ key: String, location: SourceLocation? = nil) {
    self.key = key
    self.location = location
  }

  /// The key.
  public var description: String { key }
}
