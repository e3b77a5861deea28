/// A point in a source file, counted every way a consumer needs it.
///
/// Lines and columns are 1-based. Editors and SARIF viewers disagree on what a column counts,
/// so both are kept: Unicode scalars (what a person counts, and Salin's default in messages) and
/// UTF-16 code units (SARIF `charOffset` style, LSP). `utf8Offset` is 0-based and is what
/// `--fix` uses to splice bytes.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// Byte offset from the start of the file, 0-based.
  public var utf8Offset: Int
  /// Line number, 1-based.
  public var line: Int
  /// Column in Unicode scalars, 1-based.
  public var column: Int
  /// Column in UTF-16 code units, 1-based.
  public var utf16Column: Int

  /// Makes a position.
  /// - Parameters:
  ///   - utf8Offset: Byte offset from the start of the file, 0-based.
  ///   - line: Line number, 1-based.
  ///   - column: Column in Unicode scalars, 1-based.
  ///   - utf16Column: Column in UTF-16 code units, 1-based; defaults to `column`.
  public init(utf8Offset: Int, line: Int, column: Int, utf16Column: Int? = nil) {
    self.utf8Offset = utf8Offset
    self.line = line
    self.column = column
    self.utf16Column = utf16Column ?? column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  /// Orders positions by byte offset.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.utf8Offset < rhs.utf8Offset
  }

  /// Finds the position of a byte offset in a UTF-8 text.
  ///
  /// Linear in the offset; readers that need many positions should walk the text once instead.
  /// - Parameters:
  ///   - utf8Offset: A byte offset into `text`, at a scalar boundary.
  ///   - text: The whole file's text.
  /// - Returns: The position, with line and both column counts.
  public static func of(utf8Offset: Int, in text: String) -> SourcePosition {
    var line = 1
    var column = 1
    var utf16Column = 1
    var offset = 0
    for scalar in text.unicodeScalars {
      if offset >= utf8Offset { break }
      offset += UTF8.width(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
        utf16Column = 1
      } else {
        column += 1
        utf16Column += UTF16.width(scalar)
      }
    }
    return SourcePosition(
      utf8Offset: utf8Offset, line: line, column: column, utf16Column: utf16Column)
  }
}

/// A half-open range of a source file, from `start` up to but not including `end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The first position in the range.
  public var start: SourcePosition
  /// The position just after the range.
  public var end: SourcePosition

  /// Makes a range.
  /// - Parameters:
  ///   - start: The first position.
  ///   - end: The position just after the last.
  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  /// The byte offsets the range covers.
  public var utf8Offsets: Range<Int> { start.utf8Offset..<end.utf8Offset }

  /// `line:column-line:column`.
  public var description: String { "\(start)-\(end)" }
}

/// A place in a named file, for messages of the form `file:line:column: …`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The file's path as the user gave it.
  public var file: String
  /// The position in the file.
  public var position: SourcePosition

  /// Makes a location.
  /// - Parameters:
  ///   - file: The file's path as the user gave it.
  ///   - position: The position in the file.
  public init(file: String, position: SourcePosition) {
    self.file = file
    self.position = position
  }

  /// Makes a location from a line and a scalar column, where the byte offset is not known.
  /// - Parameters:
  ///   - file: The file's path as the user gave it.
  ///   - line: Line number, 1-based.
  ///   - column: Column in Unicode scalars, 1-based.
  public init(file: String, line: Int, column: Int) {
    self.init(file: file, position: SourcePosition(utf8Offset: 0, line: line, column: column))
  }

  /// `file:line:column`, with any control character in the file name escaped so that the
  /// location stays on one line.
  public var description: String {
    "\(DisplayText.escapingControls(file)):\(position.line):\(position.column)"
  }
}
