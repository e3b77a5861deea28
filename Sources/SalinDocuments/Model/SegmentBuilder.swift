/// Collects a segment's text run by run, remembering which runs are copies of the source.
struct SegmentBuilder {
  /// Where a label may stand in the finished segment.
  enum LabelMode {
    /// Nowhere: prose only.
    case none
    /// Only a `Label:` prefix.
    case prefix
    /// A `Label:` prefix if there is one, else the whole text.
    case wholeOrPrefix
  }

  private(set) var text = ""
  private(set) var pieces: [TextPiece] = []
  private let bytes: [UInt8]

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// Appends source bytes verbatim.
  mutating func appendSource(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let offset = text.utf8.count
    text += String(decoding: bytes[range], as: UTF8.self)
    if let last = pieces.last, last.textOffset + last.length == offset,
      last.sourceOffset + last.length == range.lowerBound
    {
      pieces[pieces.count - 1] = TextPiece(
        textOffset: last.textOffset, sourceOffset: last.sourceOffset,
        length: last.length + range.count)
    } else {
      pieces.append(
        TextPiece(textOffset: offset, sourceOffset: range.lowerBound, length: range.count))
    }
  }

  /// Appends text with no source copy (a decoded escape, a placeholder for skipped code).
  mutating func appendUnmapped(_ string: String) { text += string }

  /// Appends a literal that a parser decoded from the source at or after `cursor`, mapping as much
  /// of it as possible back onto the source bytes, and advances `cursor` past it.
  ///
  /// The whole literal is looked up first; failing that (an escape or entity changed it), scalar by
  /// scalar, each within a few bytes of the last.
  mutating func appendLiteral(_ literal: String, cursor: inout Int, limit: Int) {
    let needle = Array(literal.utf8)
    guard !needle.isEmpty else { return }
    if let found = Self.find(needle, in: bytes, from: cursor, to: limit) {
      appendSource(found..<found + needle.count)
      cursor = found + needle.count
      return
    }
    for scalar in literal.unicodeScalars {
      let scalarBytes = Array(String(scalar).utf8)
      let window = min(limit, cursor + 12 + scalarBytes.count)
      if let found = Self.find(scalarBytes, in: bytes, from: cursor, to: window) {
        appendSource(found..<found + scalarBytes.count)
        cursor = found + scalarBytes.count
      } else {
        appendUnmapped(String(scalar))
      }
    }
  }

  static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
    guard !needle.isEmpty, from >= 0, to <= bytes.count, to - from >= needle.count else {
      return nil
    }
    let first = needle[0]
    var index = from
    let last = to - needle.count
    while index <= last {
      if bytes[index] == first {
        var matches = true
        for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
          matches = false
          break
        }
        if matches { return index }
      }
      index += 1
    }
    return nil
  }

  /// Finishes the segment: trims white space at both ends and maps its range.
  /// - Returns: The segment, or `nil` if no text is left.
  func build(
    kind: SegmentKind, lines: LineIndex, labelMode: LabelMode, tableCell: TableCellIndex? = nil,
    isNested: Bool = false
  ) -> Segment? {
    let utf8 = Array(text.utf8)
    var start = 0
    var end = utf8.count
    while start < end, Self.isSpace(utf8[start]) { start += 1 }
    while end > start, Self.isSpace(utf8[end - 1]) { end -= 1 }
    guard start < end else { return nil }
    let trimmed = String(decoding: utf8[start..<end], as: UTF8.self)
    var trimmedPieces: [TextPiece] = []
    for piece in pieces {
      let lower = max(piece.textOffset, start)
      let upper = min(piece.textOffset + piece.length, end)
      guard lower < upper else { continue }
      trimmedPieces.append(
        TextPiece(
          textOffset: lower - start, sourceOffset: piece.sourceOffset + (lower - piece.textOffset),
          length: upper - lower))
    }
    guard let first = trimmedPieces.first, let last = trimmedPieces.last else { return nil }
    let range = lines.range(of: first.sourceOffset..<(last.sourceOffset + last.length))
    let label: Range<Int>? =
      switch labelMode {
      case .none: nil
      case .prefix: LabelPrefix.range(in: trimmed)
      case .wholeOrPrefix: LabelPrefix.range(in: trimmed) ?? 0..<trimmed.utf8.count
      }
    return Segment(
      text: trimmed, kind: kind, range: range, tableCell: tableCell, labelRange: label,
      isNested: isNested, pieces: trimmedPieces)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

extension SegmentBuilder {
  /// Appends another builder's text, keeping its mapping.
  mutating func append(_ other: SegmentBuilder) {
    let base = text.utf8.count
    text += other.text
    for piece in other.pieces {
      pieces.append(
        TextPiece(
          textOffset: base + piece.textOffset, sourceOffset: piece.sourceOffset,
          length: piece.length))
    }
  }

  /// Appends another builder's text with each bare URL in its mapped runs replaced by a space.
  mutating func appendSkippingURLs(_ other: SegmentBuilder) {
    let otherText = Array(other.text.utf8)
    var textCursor = 0
    for piece in other.pieces {
      if piece.textOffset > textCursor {
        appendUnmapped(String(decoding: otherText[textCursor..<piece.textOffset], as: UTF8.self))
      }
      appendSourceSkippingURLs(
        piece.sourceOffset..<(piece.sourceOffset + piece.length), bytes: bytes)
      textCursor = piece.textOffset + piece.length
    }
    if textCursor < otherText.count {
      appendUnmapped(String(decoding: otherText[textCursor...], as: UTF8.self))
    }
  }
}

extension SegmentBuilder {
  /// Appends a stretch of another builder's text, keeping the mapping of what it copies.
  /// - Parameters:
  ///   - other: The builder.
  ///   - textRange: UTF-8 offsets into `other.text`, at scalar boundaries.
  mutating func append(_ other: SegmentBuilder, textRange: Range<Int>) {
    guard !textRange.isEmpty else { return }
    let otherText = Array(other.text.utf8)
    var textCursor = textRange.lowerBound
    for piece in other.pieces {
      let lower = max(piece.textOffset, textRange.lowerBound)
      let upper = min(piece.textOffset + piece.length, textRange.upperBound)
      guard lower < upper else { continue }
      if lower > textCursor {
        appendUnmapped(String(decoding: otherText[textCursor..<lower], as: UTF8.self))
      }
      let sourceStart = piece.sourceOffset + (lower - piece.textOffset)
      appendSource(sourceStart..<(sourceStart + upper - lower))
      textCursor = upper
    }
    if textCursor < textRange.upperBound {
      appendUnmapped(String(decoding: otherText[textCursor..<textRange.upperBound], as: UTF8.self))
    }
  }

  /// The source bytes from the first mapped byte to the last, or `nil` when nothing is mapped.
  var sourceSpan: Range<Int>? {
    guard let first = pieces.first, let last = pieces.last else { return nil }
    return first.sourceOffset..<max(first.sourceOffset, last.sourceOffset + last.length)
  }
}
