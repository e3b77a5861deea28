/// Reads plain text: each line is a block.
///
/// Plain text has no markup, so the structure is recognised from the lines themselves (the seed is
/// such a file: no blank lines, so a Markdown parser would read it as one paragraph):
/// - a pipe-table row (`a | b |`) followed by a delimiter line (`---|---|`) starts a table, and the
///   pipe rows after the delimiter are its body;
/// - `- `, `* ` and `• ` start list items;
/// - a heading-like line is short, has no final punctuation and is followed by prose;
/// - every other line is a paragraph. Every line is a label position (a whole line), or its
///   `Label:` prefix is.
struct PlainTextReader {
  let bytes: [UInt8]
  let lines: LineIndex

  /// The most scalars a heading-like line may have.
  static let maximumHeadingLength = 80

  func segments() -> [Segment] {
    var segments: [Segment] = []
    var line = 1
    var tableRow: Int?
    while line <= lines.lineCount {
      let range = trimmed(lines.contentRange(ofLine: line))
      defer { line += 1 }
      if range.isEmpty || startsWith("<!--", range) {
        tableRow = nil
        continue
      }
      if let row = tableRow, contains(UInt8(ascii: "|"), range) {
        segments += cells(of: range, row: row)
        tableRow = row + 1
        continue
      }
      tableRow = nil
      if contains(UInt8(ascii: "|"), range), line < lines.lineCount,
        isDelimiterRow(trimmed(lines.contentRange(ofLine: line + 1)))
      {
        segments += cells(of: range, row: 0)
        tableRow = 1
        line += 1  // Skip the delimiter row.
        continue
      }
      if let marker = bulletMarkerLength(range) {
        var builder = SegmentBuilder(bytes: bytes)
        builder.appendSourceSkippingURLs(
          (range.lowerBound + marker)..<range.upperBound, bytes: bytes)
        if let segment = builder.build(kind: .listItem, lines: lines, labelMode: .wholeOrPrefix) {
          segments.append(segment)
        }
        continue
      }
      var builder = SegmentBuilder(bytes: bytes)
      builder.appendSourceSkippingURLs(range, bytes: bytes)
      let kind: SegmentKind =
        isHeadingLike(range) && isFollowedByProse(line)
        ? .heading(level: line == 1 ? 1 : 2) : .paragraph
      if let segment = builder.build(kind: kind, lines: lines, labelMode: .wholeOrPrefix) {
        segments.append(segment)
      }
    }
    return segments
  }

  // MARK: Tables

  private func cells(of range: Range<Int>, row: Int) -> [Segment] {
    let cellRanges = PipeTableRow.cellRanges(of: range, in: bytes)
    var segments: [Segment] = []
    for (column, cell) in cellRanges.enumerated() {
      var builder = SegmentBuilder(bytes: bytes)
      builder.appendSourceSkippingURLs(cell, bytes: bytes)
      if let segment = builder.build(
        kind: row == 0 ? .tableHeaderCell : .tableCell, lines: lines, labelMode: .wholeOrPrefix,
        tableCell: TableCellIndex(row: row, column: column))
      {
        segments.append(segment)
      }
    }
    return segments
  }

  private func isDelimiterRow(_ range: Range<Int>) -> Bool {
    var dashes = 0
    var pipes = 0
    for byte in bytes[range] {
      switch byte {
      case UInt8(ascii: "-"): dashes += 1
      case UInt8(ascii: "|"): pipes += 1
      case UInt8(ascii: ":"), 0x20, 0x09: continue
      default: return false
      }
    }
    return dashes > 0 && pipes > 0
  }

  // MARK: Lines

  private func bulletMarkerLength(_ range: Range<Int>) -> Int? {
    for marker in ["- ", "* ", "• "] where startsWith(marker, range) { return marker.utf8.count }
    return nil
  }

  private func isHeadingLike(_ range: Range<Int>) -> Bool {
    let text = String(decoding: bytes[range], as: UTF8.self)
    guard text.unicodeScalars.count <= Self.maximumHeadingLength,
      let first = text.unicodeScalars.first,
      first.properties.isAlphabetic || first.properties.numericType != nil,
      let last = text.unicodeScalars.last
    else { return false }
    return !".,;:!?…\"'”’)".unicodeScalars.contains(last)
  }

  private func isFollowedByProse(_ line: Int) -> Bool {
    var next = line + 1
    while next <= lines.lineCount {
      let range = trimmed(lines.contentRange(ofLine: next))
      if range.isEmpty {
        next += 1
        continue
      }
      if bulletMarkerLength(range) != nil || contains(UInt8(ascii: "|"), range) { return true }
      return !isHeadingLike(range)
    }
    return false
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    PipeTableRow.trimmingSpaces(range, in: bytes)
  }

  private func startsWith(_ prefix: String, _ range: Range<Int>) -> Bool {
    let prefix = Array(prefix.utf8)
    return range.count >= prefix.count
      && bytes[range.lowerBound..<(range.lowerBound + prefix.count)].elementsEqual(prefix)
  }

  private func contains(_ byte: UInt8, _ range: Range<Int>) -> Bool {
    bytes[range].contains(byte)
  }
}
