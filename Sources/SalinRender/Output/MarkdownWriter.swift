import SalinCore

/// Writes a rendered document as CommonMark with GFM tables.
///
/// Text is escaped so that nothing in a briefing turns into markup; a span that fell back to
/// another language is written `[en: …]`, which stays visible in any Markdown viewer.
public struct MarkdownWriter: Sendable {
  /// Makes a writer.
  public init() {}

  /// Writes a document.
  /// - Parameter document: The rendered document.
  /// - Returns: The Markdown text.
  public func write(_ document: RenderedDocument) -> String {
    let storage = document.storage
    var output = TextBuffer(capacity: storage.textByteCount + 16 * storage.cellEnds.count + 64)
    for block in storage.blocks.indices {
      if block > 0 { output.append("\n\n") }
      switch storage.blocks[block].kind {
      case .title:
        output.append("# ")
        inline(storage.spans(ofBlock: block), storage, &output)
      case .heading:
        output.append("## ")
        inline(storage.spans(ofBlock: block), storage, &output)
      case .paragraph, .sources:
        blockStart(storage.spans(ofBlock: block), storage, &output)
      case .bulletList:
        for row in storage.rows(ofBlock: block) {
          if row > storage.rows(ofBlock: block).lowerBound { output.append("\n") }
          output.append("- ")
          blockStart(storage.spans(ofRow: row), storage, &output)
        }
      case .table:
        let rows = storage.rows(ofBlock: block)
        for row in rows {
          if row > rows.lowerBound { output.append("\n") }
          self.row(row, storage, &output)
          if row == rows.lowerBound {
            output.append("\n|")
            for _ in storage.cells(ofRow: row) { output.append(" --- |") }
          }
        }
      }
    }
    output.append("\n")
    return output.text
  }

  /// `| a | b |`.
  private func row(_ row: Int, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    output.append("| ")
    for cell in storage.cells(ofRow: row) {
      if cell > storage.cells(ofRow: row).lowerBound { output.append(" | ") }
      inline(storage.spans(ofCell: cell), storage, &output)
    }
    output.append(" |")
  }

  private func inline(_ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    storage.appendBracketed(spans, to: &output, escape: TextEscaping.appendMarkdown)
  }

  /// Inline text that starts a paragraph or list item, where `- `, `1. ` or four spaces would
  /// open another block.
  private func blockStart(
    _ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout TextBuffer
  ) {
    var text = TextBuffer(capacity: 64)
    inline(spans, storage, &text)
    output.append(TextEscaping.markdownBlockStart(text.text))
  }
}
