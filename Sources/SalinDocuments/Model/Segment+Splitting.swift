extension Segment {
  /// The most UTF-8 bytes of text one segment holds: 64 KiB.
  ///
  /// A longer paragraph or line is read as several segments. What the rules keep per segment (a
  /// language identifier's word records, a few hundred bytes a word) then grows with this length,
  /// not with the document's: one 4 MB line took 250 MB and minutes.
  public static let maximumLength = 1 << 16

  /// The segment, or, when its text passes ``maximumLength``, its text cut into segments of at
  /// most that many bytes.
  ///
  /// Each cut is after a sentence's end and its space where the second half of the window has
  /// one, else after a space, else at a character boundary; the parts keep the kind, table cell
  /// and nesting, and only the first keeps the label range.
  /// - Parameter lines: The document's lines, to place each part.
  /// - Returns: The parts, in order.
  func splittingIfLong(lines: LineIndex) -> [Segment] {
    let utf8 = text.utf8
    guard utf8.count > Self.maximumLength else { return [self] }
    let bytes = Array(utf8)
    var parts: [Segment] = []
    var pieceIndex = 0
    var start = 0
    while start < bytes.count {
      let end = Self.cut(bytes, from: start)
      var last = end
      while last > start, SegmentBuilder.isSpace(bytes[last - 1]) { last -= 1 }
      if last > start,
        let part = part(bytes, start..<last, label: parts.isEmpty, lines: lines, from: &pieceIndex)
      {
        parts.append(part)
      }
      start = end
      while start < bytes.count, SegmentBuilder.isSpace(bytes[start]) { start += 1 }
    }
    return parts
  }

  /// Where the part that starts at `start` ends.
  private static func cut(_ bytes: [UInt8], from start: Int) -> Int {
    let limit = start + maximumLength
    guard limit < bytes.count else { return bytes.count }
    let low = start + maximumLength / 2
    // After ". ", "! " or "? ".
    var index = limit
    while index > low + 1 {
      if bytes[index - 1] == 0x20, [0x2E, 0x21, 0x3F].contains(bytes[index - 2]) { return index }
      index -= 1
    }
    index = limit
    while index > low {
      if SegmentBuilder.isSpace(bytes[index - 1]) { return index }
      index -= 1
    }
    // At a character boundary: not before a UTF-8 continuation byte.
    index = limit
    while index > start + 1, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// The part of the segment over `range` of its text; `pieceIndex` is the first piece that may
  /// reach into it, and is left at the first that may reach into the next part.
  private func part(
    _ bytes: [UInt8], _ range: Range<Int>, label: Bool, lines: LineIndex,
    from pieceIndex: inout Int
  ) -> Segment? {
    var kept: [TextPiece] = []
    while pieceIndex < pieces.count {
      let piece = pieces[pieceIndex]
      let lower = max(piece.textOffset, range.lowerBound)
      let upper = min(piece.textOffset + piece.length, range.upperBound)
      if lower < upper {
        kept.append(
          TextPiece(
            textOffset: lower - range.lowerBound,
            sourceOffset: piece.sourceOffset + (lower - piece.textOffset), length: upper - lower))
      }
      // A piece that runs on past this part also starts the next one.
      if piece.textOffset + piece.length > range.upperBound { break }
      pieceIndex += 1
    }
    guard let first = kept.first, let last = kept.last else { return nil }
    let labelRange =
      label ? self.labelRange.flatMap { $0.upperBound <= range.upperBound ? $0 : nil } : nil
    return Segment(
      text: String(decoding: bytes[range], as: UTF8.self), kind: kind,
      range: lines.range(of: first.sourceOffset..<(last.sourceOffset + last.length)),
      tableCell: tableCell, labelRange: labelRange, isNested: isNested, pieces: kept)
  }
}
