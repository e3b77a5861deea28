public import SalinCore

/// Turns byte offsets of one text into `SourcePosition`s in logarithmic time.
///
/// Readers and rules ask for thousands of positions per file; `SourcePosition.of(utf8Offset:in:)`
/// walks from the start every time, this walks only the line that holds the offset.
public struct LineIndex: Sendable {
  /// The text's UTF-8 bytes.
  public let bytes: [UInt8]
  /// The byte offset where each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Indexes a text's lines.
  ///
  /// A line ends at LF, CRLF or a CR on its own, as CommonMark, YAML and LSP count lines: cmark
  /// reports positions in lines ended by a lone CR, which put every later segment on the wrong
  /// bytes when only LF ended a line.
  /// - Parameter bytes: The text's UTF-8 bytes.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() {
      if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
      {
        starts.append(offset + 1)
      }
    }
    self.lineStarts = starts
  }

  /// The number of lines (a final line without a line break counts).
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line that holds a byte offset.
  /// - Parameter utf8Offset: A byte offset, 0 through `bytes.count`.
  /// - Returns: The line number.
  public func line(containing utf8Offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= utf8Offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The position of a byte offset, with line, scalar column and UTF-16 column.
  /// - Parameter utf8Offset: A byte offset at a scalar boundary, 0 through `bytes.count`.
  /// - Returns: The position.
  public func position(of utf8Offset: Int) -> SourcePosition {
    let offset = min(max(0, utf8Offset), bytes.count)
    let line = line(containing: offset)
    var column = 1
    var utf16Column = 1
    for byte in bytes[lineStarts[line - 1]..<offset] {
      // A scalar starts at every byte that is not a continuation byte (10xxxxxx); a 4-byte
      // scalar (lead byte 11110xxx) is a surrogate pair in UTF-16.
      if byte & 0xC0 != 0x80 {
        column += 1
        utf16Column += byte >= 0xF0 ? 2 : 1
      }
    }
    return SourcePosition(utf8Offset: offset, line: line, column: column, utf16Column: utf16Column)
  }

  /// The range of a span of bytes.
  /// - Parameter utf8Range: Byte offsets at scalar boundaries.
  /// - Returns: The source range from the first byte to just after the last.
  public func range(of utf8Range: Range<Int>) -> SourceRange {
    SourceRange(start: position(of: utf8Range.lowerBound), end: position(of: utf8Range.upperBound))
  }

  /// The byte offset of a 1-based line and a 1-based column counted in bytes (cmark's columns).
  /// - Parameters:
  ///   - line: The line, 1-based.
  ///   - byteColumn: The column in bytes, 1-based.
  /// - Returns: The byte offset, clamped to the text.
  public func offset(line: Int, byteColumn: Int) -> Int {
    guard line >= 1 else { return 0 }
    guard line <= lineStarts.count else { return bytes.count }
    return min(lineStarts[line - 1] + max(0, byteColumn - 1), bytes.count)
  }

  /// The byte offset of a 1-based line and a 1-based column counted in Unicode scalars (YAML marks).
  /// - Parameters:
  ///   - line: The line, 1-based.
  ///   - scalarColumn: The column in scalars, 1-based.
  /// - Returns: The byte offset, clamped to the line.
  public func offset(line: Int, scalarColumn: Int) -> Int {
    guard line >= 1 else { return 0 }
    guard line <= lineStarts.count else { return bytes.count }
    var offset = lineStarts[line - 1]
    var remaining = scalarColumn - 1
    while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
      offset += 1
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      remaining -= 1
    }
    return offset
  }

  /// The byte range of a line's content, without its line break (LF, CRLF or CR).
  /// - Parameter line: The line, 1-based.
  /// - Returns: The byte offsets of the line's content.
  public func contentRange(ofLine line: Int) -> Range<Int> {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    if end > start, bytes[end - 1] == 0x0A { end -= 1 }
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }
}
