public import SalinCore

/// Turns byte offsets of one text into `SourcePosition`s in logarithmic time.
///
/// Readers and rules ask for thousands of positions per file; `SourcePosition.of(utf8Offset:in:)`
/// walks from the start every time, this walks at most ``checkpointSpacing`` bytes of the line
/// that holds the offset (a position in a 66 MB one-line file walked the line from its start, so
/// its findings took time quadratic in its length).
///
/// A byte order mark at the start is not part of line 1: the line starts after it, and columns
/// are counted as editors count them.
public struct LineIndex: Sendable {
  /// The text's UTF-8 bytes.
  public let bytes: [UInt8]
  /// The byte offset where each line starts; `lineStarts[0]` is 0, or 3 after a byte order mark.
  public let lineStarts: [Int]
  /// Every ``checkpointSpacing`` bytes of a long line, the columns there, in offset order.
  private let checkpoints: [Checkpoint]
  /// The byte offset where each line starts as libyaml counts lines, which also end at NEL
  /// (U+0085), LS (U+2028) and PS (U+2029); the same array as `lineStarts` when the text has none.
  private let yamlLineStarts: [Int]

  /// How far apart the checkpoints of a long line are, in bytes.
  static let checkpointSpacing = 4096

  /// A place in a line, with its columns.
  private struct Checkpoint {
    let offset: Int
    let column: Int
    let utf16Column: Int
  }

  /// Indexes a text's lines.
  ///
  /// A line ends at LF, CRLF or a CR on its own, as CommonMark, YAML and LSP count lines: cmark
  /// reports positions in lines ended by a lone CR, which put every later segment on the wrong
  /// bytes when only LF ended a line.
  /// - Parameter bytes: The text's UTF-8 bytes.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var starts = [bom]
    var checkpoints: [Checkpoint] = []
    var lineStart = bom
    var column = 1
    var utf16Column = 1
    var offset = bom
    var yamlOnlyBreaks: [Int] = []
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0xC2 || byte == 0xE2, let end = Self.yamlOnlyBreakEnd(bytes, at: offset) {
        yamlOnlyBreaks.append(end)
      }
      if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
      {
        starts.append(offset + 1)
        lineStart = offset + 1
        column = 1
        utf16Column = 1
      } else if byte & 0xC0 != 0x80 {
        if offset - lineStart >= Self.checkpointSpacing,
          offset - (checkpoints.last.map { max($0.offset, lineStart) } ?? lineStart)
            >= Self.checkpointSpacing
        {
          checkpoints.append(Checkpoint(offset: offset, column: column, utf16Column: utf16Column))
        }
        column += 1
        utf16Column += byte >= 0xF0 ? 2 : 1
      }
      offset += 1
    }
    self.lineStarts = starts
    self.checkpoints = checkpoints
    // Both lists are sorted; a text without NEL, LS or PS shares `lineStarts`.
    if yamlOnlyBreaks.isEmpty {
      yamlLineStarts = starts
    } else {
      var merged: [Int] = []
      merged.reserveCapacity(starts.count + yamlOnlyBreaks.count)
      var index = 0
      for start in starts {
        while index < yamlOnlyBreaks.count, yamlOnlyBreaks[index] < start {
          merged.append(yamlOnlyBreaks[index])
          index += 1
        }
        merged.append(start)
      }
      merged.append(contentsOf: yamlOnlyBreaks[index...])
      yamlLineStarts = merged
    }
  }

  /// The offset just past a NEL, LS or PS that starts at `offset`, or `nil` for anything else.
  private static func yamlOnlyBreakEnd(_ bytes: [UInt8], at offset: Int) -> Int? {
    if bytes[offset] == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0x85 {
      return offset + 2
    }
    if bytes[offset] == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
      bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
    {
      return offset + 3
    }
    return nil
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
    var start = min(lineStarts[line - 1], offset)
    if let checkpoint = checkpoint(atOrBefore: offset), checkpoint.offset >= start {
      start = checkpoint.offset
      column = checkpoint.column
      utf16Column = checkpoint.utf16Column
    }
    for byte in bytes[start..<offset] {
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

  /// The byte offset of a YAML mark: a 1-based line as libyaml counts lines and a 1-based
  /// column in Unicode scalars.
  ///
  /// libyaml also ends a line at NEL, LS and PS, which editors (and `position(of:)`) show inside
  /// a line; reading a mark with this index's own lines put everything after one on the bytes of
  /// a later line.
  /// - Parameters:
  ///   - line: The mark's line, 1-based.
  ///   - column: The mark's column in scalars, 1-based.
  /// - Returns: The byte offset, clamped to the line.
  public func offset(yamlLine line: Int, column: Int) -> Int {
    guard line >= 1 else { return 0 }
    guard line <= yamlLineStarts.count else { return bytes.count }
    var offset = yamlLineStarts[line - 1]
    let end = line < yamlLineStarts.count ? yamlLineStarts[line] : bytes.count
    var remaining = column - 1
    while remaining > 0, offset < end, bytes[offset] != 0x0A, bytes[offset] != 0x0D,
      Self.yamlOnlyBreakEnd(bytes, at: offset) == nil
    {
      offset += 1
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      remaining -= 1
    }
    return offset
  }

  /// The position of a YAML mark, with line and columns as editors count them.
  /// - Parameters:
  ///   - line: The mark's line, 1-based, as libyaml counts lines.
  ///   - column: The mark's column in scalars, 1-based.
  /// - Returns: The position.
  public func position(yamlLine line: Int, column: Int) -> SourcePosition {
    position(of: offset(yamlLine: line, column: column))
  }

  /// The byte offset of a 1-based line and a 1-based column counted in Unicode scalars, lines
  /// ending at LF, CRLF and a lone CR (libxml2's error positions; YAML marks use
  /// `offset(yamlLine:column:)`).
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

  /// The last checkpoint at or before an offset, if any.
  private func checkpoint(atOrBefore offset: Int) -> Checkpoint? {
    var low = 0
    var high = checkpoints.count
    while low < high {
      let middle = (low + high) / 2
      if checkpoints[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? checkpoints[low - 1] : nil
  }
}
