/// A document's text as UTF-8 bytes, with the mapping between byte offsets and LSP positions.
///
/// LSP counts a line's characters in UTF-16 code units: a Hangul syllable is 3 bytes and 1 unit,
/// an emoji 4 bytes and 2 units. Lines end at `\n`; a `\r` before it belongs to the line break,
/// never to a position a client can name. Positions past a line's end mean its end, and lines past
/// the document's end mean the end of the document, as the protocol asks.
public struct TextBuffer: Hashable, Sendable {
  /// The text, UTF-8.
  public private(set) var bytes: [UInt8]
  /// The byte offset where each line starts; the first is 0.
  private var lineStarts: [Int]

  /// Makes a buffer.
  /// - Parameter text: The document's text.
  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// Makes a buffer from UTF-8 bytes.
  /// - Parameter bytes: The text, valid UTF-8.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    lineStarts = Self.lineStarts(of: bytes)
  }

  /// The text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// How many lines the text has (a final line break starts an empty last line).
  public var lineCount: Int { lineStarts.count }

  /// The byte offset of a position.
  /// - Parameter position: A position, clamped to the text.
  /// - Returns: The offset of the first byte of the scalar at that position; inside a surrogate
  ///   pair (a client must not send one) it is the scalar's start.
  public func offset(of position: Position) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineStarts.count else { return bytes.count }
    var offset = lineStarts[position.line]
    let end = lineEnd(position.line)
    var units = 0
    while offset < end, units < position.character {
      let (width, utf16) = Self.scalarWidths(lead: bytes[offset])
      if units + utf16 > position.character { break }
      units += utf16
      offset += width
    }
    return min(offset, end)
  }

  /// The position of a byte offset.
  /// - Parameter offset: A byte offset, clamped to the text; inside a scalar it counts as the
  ///   scalar's start.
  /// - Returns: The position.
  public func position(of offset: Int) -> Position {
    let offset = max(0, min(offset, bytes.count))
    // The last line whose start is at or before the offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var index = lineStarts[low]
    var units = 0
    let end = min(offset, lineEnd(low))
    while index < end {
      let (width, utf16) = Self.scalarWidths(lead: bytes[index])
      if index + width > end { break }
      units += utf16
      index += width
    }
    return Position(line: low, character: units)
  }

  /// The range of byte offsets.
  /// - Parameter offsets: Byte offsets.
  /// - Returns: The LSP range.
  public func range(of offsets: Range<Int>) -> TextRange {
    TextRange(start: position(of: offsets.lowerBound), end: position(of: offsets.upperBound))
  }

  /// Applies a change from `textDocument/didChange`.
  /// - Parameter change: A whole new text, or a range and its replacement.
  public mutating func apply(_ change: TextDocumentContentChangeEvent) {
    guard let range = change.range else {
      self = TextBuffer(change.text)
      return
    }
    let start = offset(of: range.start)
    let end = max(start, offset(of: range.end))
    bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
    lineStarts = Self.lineStarts(of: bytes)
  }

  /// Where a line's text ends: before its `\n` (and a `\r` before that).
  private func lineEnd(_ line: Int) -> Int {
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
    if end > lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
    return end
  }

  private static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    return starts
  }

  /// The bytes and UTF-16 units of the scalar a UTF-8 lead byte starts (a stray continuation byte
  /// counts as one of each, so a walk always moves on).
  private static func scalarWidths(lead: UInt8) -> (bytes: Int, utf16: Int) {
    switch lead {
    case 0xF0...0xF7: (4, 2)
    case 0xE0...0xEF: (3, 1)
    case 0xC0...0xDF: (2, 1)
    default: (1, 1)
    }
  }
}

extension TextBuffer {
  /// The byte offsets of a line's text, without its line break.
  /// - Parameter line: A 0-based line; past the end, the empty range at the end.
  /// - Returns: The offsets.
  public func lineOffsets(line: Int) -> Range<Int> {
    let start = offset(of: Position(line: line, character: 0))
    return start..<lineEndOffset(line: line)
  }

  /// Where a line's text ends, before its line break.
  /// - Parameter line: A 0-based line.
  /// - Returns: The byte offset.
  public func lineEndOffset(line: Int) -> Int {
    offset(of: Position(line: line, character: Int.max))
  }

  /// The position of a column counted in Unicode scalars, as Salin's messages count them.
  /// - Parameters:
  ///   - line: A 0-based line.
  ///   - scalarColumn: A 0-based column in scalars.
  /// - Returns: The LSP position (UTF-16).
  public func position(line: Int, scalarColumn: Int) -> Position {
    let range = lineOffsets(line: line)
    var offset = range.lowerBound
    var scalars = 0
    while offset < range.upperBound, scalars < scalarColumn {
      offset += 1
      while offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    return position(of: offset)
  }
}
