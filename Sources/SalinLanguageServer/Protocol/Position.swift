/// A place in a text document as LSP counts it: a 0-based line and a 0-based offset in UTF-16
/// code units within that line (the protocol's default `positionEncoding`, `utf-16`).
public struct Position: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The line, 0-based.
  public var line: Int
  /// The UTF-16 code unit offset in the line, 0-based.
  public var character: Int

  /// Makes a position.
  /// - Parameters:
  ///   - line: The line, 0-based.
  ///   - character: The UTF-16 offset in the line, 0-based.
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Orders positions by line, then character.
  public static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }

  /// `line:character`, both 0-based as on the wire.
  public var description: String { "\(line):\(character)" }
}

/// A half-open stretch of a text document, `start` up to but not including `end` (LSP's `Range`).
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The first position.
  public var start: Position
  /// The position just after the last character.
  public var end: Position

  /// Makes a range.
  /// - Parameters:
  ///   - start: The first position.
  ///   - end: The position just after.
  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }

  /// Whether the range contains a position (an empty range contains its own start).
  /// - Parameter position: A position.
  /// - Returns: Whether it lies within.
  public func contains(_ position: Position) -> Bool {
    start <= position && (position < end || position == start)
  }

  /// Whether two ranges share a position (touching ranges overlap, as an editor's cursor does).
  /// - Parameter other: Another range.
  /// - Returns: Whether they overlap.
  public func overlaps(_ other: TextRange) -> Bool {
    start <= other.end && other.start <= end
  }

  /// `start-end`.
  public var description: String { "\(start)-\(end)" }
}

/// A document named by its URI.
public struct TextDocumentIdentifier: Hashable, Sendable, Codable {
  /// The document's URI.
  public var uri: String

  /// Makes an identifier.
  /// - Parameter uri: The document's URI.
  public init(uri: String) { self.uri = uri }
}

/// A replacement of a range of a document with new text.
public struct TextEdit: Hashable, Sendable, Codable {
  /// What to replace.
  public var range: TextRange
  /// The new text.
  public var newText: String

  /// Makes an edit.
  /// - Parameters:
  ///   - range: What to replace.
  ///   - newText: The new text.
  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}
