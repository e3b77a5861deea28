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
    var blocks: [String] = []
    if let title = document.title { blocks.append("# " + inline(title)) }
    for block in document.blocks {
      switch block {
      case .heading(let spans): blocks.append("## " + inline(spans))
      case .paragraph(let spans), .sources(let spans): blocks.append(inline(spans))
      case .bulletList(let items):
        blocks.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
      case .table(let header, let rows):
        var lines = [row(header), "|" + String(repeating: " --- |", count: header.count)]
        lines += rows.map(row)
        blocks.append(lines.joined(separator: "\n"))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func row(_ cells: [[RenderedSpan]]) -> String {
    "| " + cells.map { inline($0) }.joined(separator: " | ") + " |"
  }

  private func inline(_ spans: [RenderedSpan]) -> String {
    FallbackMarking.bracketed(spans, escape: Self.escape)
  }

  /// Backslash-escapes the characters that CommonMark could read as inline markup.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
