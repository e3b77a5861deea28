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
    var lines: [String] = []
    if let title = document.title { lines.append(inline(title)) }
    for block in document.blocks {
      switch block {
      case .heading(let spans), .paragraph(let spans), .sources(let spans):
        lines.append(inline(spans))
      case .bulletList(let items): lines += items.map { "- " + inline($0) }
      case .table(let header, let rows):
        lines.append(row(header))
        lines.append(String(repeating: "---|", count: header.count))
        lines += rows.map(row)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func row(_ cells: [[RenderedSpan]]) -> String {
    cells.map { inline($0) + " |" }.joined(separator: " ")
  }

  private func inline(_ spans: [RenderedSpan]) -> String {
    FallbackMarking.bracketed(spans) { $0 }
  }
}
