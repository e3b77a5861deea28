import Foundation
import SalinCore
import SalinDocuments

/// Turns a document that `SalinDocuments` has read into article blocks.
///
/// The readers decide the structure (which lines are headings, list items, table rows); this
/// scanner takes each block's full text. Plain text is taken from the source lines, because the
/// reader leaves URLs out of a segment's text for the linter, and an import must keep them.
/// Markdown is taken from the segments (escapes resolved, markup gone), with soft line breaks
/// as spaces.
///
/// Blocks are handed over one at a time, in article order, so that the importer can assemble
/// and write each before the next is made.
struct ArticleScanner {
  let document: Document

  /// Calls `body` with each block of the article, in order.
  func forEachBlock<Failure: Error>(_ body: (ArticleBlock) throws(Failure) -> Void)
    throws(Failure)
  {
    if document.format == .markdown {
      try markdownBlocks(body)
    } else {
      try plainTextBlocks(body)
    }
  }

  // MARK: Plain text

  private func plainTextBlocks<Failure: Error>(_ body: (ArticleBlock) throws(Failure) -> Void)
    throws(Failure)
  {
    var lastLine = 0
    for segment in document.segments where !segment.isNested {
      let line = segment.range.start.line
      // One block a line: a row's cells, and the parts of a line past `Segment.maximumLength`
      // (which the reader cuts into several segments), are one line of the source (each part
      // once made a copy of the whole line).
      guard line != lastLine else { continue }
      lastLine = line
      switch segment.kind {
      case .tableHeaderCell, .tableCell:
        let range = trimmed(document.lines.contentRange(ofLine: line))
        try body(
          .tableRow(
            isHeader: segment.kind == .tableHeaderCell, cells: cells(of: range),
            location: document.lines.position(of: range.lowerBound)))
      case .listItem:
        var range = trimmed(document.lines.contentRange(ofLine: line))
        range = trimmed((range.lowerBound + bulletMarkerLength(range))..<range.upperBound)
        try body(.listItem(text(range, whole: true)))
      case .heading(let level):
        try body(
          .heading(
            level: level, text(trimmed(document.lines.contentRange(ofLine: line)), whole: true)))
      case .paragraph, .blockQuote:
        try body(
          .paragraph(text(trimmed(document.lines.contentRange(ofLine: line)), whole: true)))
      default:
        continue
      }
    }
  }

  /// The cells of a pipe-table row, split exactly as the plain-text reader splits them;
  /// `\|` in a cell stands for a pipe.
  private func cells(of range: Range<Int>) -> [ArticleText?] {
    let ranges = PipeTableRow.cellRanges(of: range, in: document.lines.bytes)
    return ranges.map { cell in
      guard !cell.isEmpty else { return nil }
      var result = text(cell, whole: true)
      result.text = result.text.replacingOccurrences(of: "\\|", with: "|")
      return result
    }
  }

  private func text(_ range: Range<Int>, whole: Bool) -> ArticleText {
    ArticleText(
      text: String(decoding: document.lines.bytes[range], as: UTF8.self),
      location: document.lines.position(of: range.lowerBound), wholeIsLabelPosition: whole,
      prefixIsLabelPosition: true)
  }

  private func bulletMarkerLength(_ range: Range<Int>) -> Int {
    let bytes = document.lines.bytes
    for marker in ["- ", "* ", "• "] {
      let marker = Array(marker.utf8)
      if range.count >= marker.count,
        bytes[range.lowerBound..<(range.lowerBound + marker.count)].elementsEqual(marker)
      {
        return marker.count
      }
    }
    return 0
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    PipeTableRow.trimmingSpaces(range, in: document.lines.bytes)
  }

  // MARK: Markdown

  private func markdownBlocks<Failure: Error>(_ body: (ArticleBlock) throws(Failure) -> Void)
    throws(Failure)
  {
    var row:
      (
        index: Int, lastColumn: Int, isHeader: Bool, cells: [ArticleText?], location: SourcePosition
      )?
    func closeRow() throws(Failure) {
      if let open = row {
        try body(
          .tableRow(isHeader: open.isHeader, cells: open.cells, location: open.location))
      }
      row = nil
    }
    for segment in document.segments where !segment.isNested {
      let text = markdownText(segment)
      switch segment.kind {
      case .tableHeaderCell, .tableCell:
        guard let cell = segment.tableCell else { continue }
        if let open = row, open.index != cell.row || cell.column <= open.lastColumn {
          try closeRow()
        }
        if row == nil {
          row = (cell.row, -1, segment.kind == .tableHeaderCell, [], segment.range.start)
        }
        while (row?.cells.count ?? 0) < cell.column { row?.cells.append(nil) }
        row?.cells.append(text)
        row?.lastColumn = cell.column
        continue
      default:
        try closeRow()
      }
      switch segment.kind {
      case .heading(let level): try body(.heading(level: level, text))
      case .paragraph, .blockQuote: try body(.paragraph(text))
      case .listItem: try body(.listItem(text))
      default: continue  // Front matter, image alt text: not part of the article's body.
      }
    }
    try closeRow()
  }

  private func markdownText(_ segment: Segment) -> ArticleText {
    let words = segment.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let oneLine = segment.range.start.line == segment.range.end.line
    return ArticleText(
      text: words, location: segment.range.start,
      wholeIsLabelPosition: segment.isLabelPosition && oneLine,
      prefixIsLabelPosition: segment.isLabelPosition)
  }
}
