import SalinCore

/// Writes a rendered document as plain text, one block a line, laid out like the seed article:
/// headings on their own line, `- ` bullets, `a | b |` table rows under a `---|---|` rule.
public struct PlainTextWriter: Sendable {
  /// Makes a writer.
  public init() {}

  /// Writes a document.
  /// - Parameter document: The rendered document.
  /// - Returns: The text.
  public func write(_ document: RenderedDocument) -> String {
    let storage = document.storage
    var output = TextBuffer(capacity: storage.textByteCount + 8 * storage.cellEnds.count + 16)
    var lines = Lines()
    for block in storage.blocks.indices {
      switch storage.blocks[block].kind {
      case .title, .heading, .paragraph, .sources:
        lines.start(&output)
        inline(storage.spans(ofBlock: block), storage, &output)
      case .bulletList:
        for row in storage.rows(ofBlock: block) {
          lines.start(&output)
          output.append("- ")
          inline(storage.spans(ofRow: row), storage, &output)
        }
      case .table:
        let rows = storage.rows(ofBlock: block)
        for row in rows {
          lines.start(&output)
          self.row(row, storage, &output)
          if row == rows.lowerBound {
            lines.start(&output)
            for _ in storage.cells(ofRow: row) { output.append("---|") }
          }
        }
      }
    }
    output.append("\n")
    return output.text
  }

  /// Separates lines with a newline.
  private struct Lines {
    var started = false
    mutating func start(_ output: inout TextBuffer) {
      if started { output.append("\n") }
      started = true
    }
  }

  /// `a | b |`.
  private func row(_ row: Int, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    for cell in storage.cells(ofRow: row) {
      if cell > storage.cells(ofRow: row).lowerBound { output.append(" ") }
      inline(storage.spans(ofCell: cell), storage, &output)
      output.append(" |")
    }
  }

  private func inline(_ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    storage.appendBracketed(spans, to: &output, escape: TextEscaping.appendVerbatim)
  }
}
