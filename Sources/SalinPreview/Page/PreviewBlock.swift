public import SalinRender

/// One block of a rendering as the preview lays it out: its kind and its cells of spans (a
/// paragraph has one cell, a list one per item, a table one per cell, header row first).
public struct PreviewBlock: Sendable {
  /// What kind of block.
  public enum Kind: Hashable, Sendable {
    /// The briefing's title.
    case title
    /// A section heading.
    case heading
    /// A paragraph.
    case paragraph
    /// A bullet list.
    case list
    /// A table with this many columns (the first row is the header).
    case table(columns: Int)
    /// The sources line.
    case sources
  }

  /// The kind.
  public let kind: Kind
  /// The cells, each a run of spans.
  public let cells: [[RenderedSpan]]

  /// The blocks of a rendered document, the title first.
  /// - Parameter document: A rendering.
  /// - Returns: Its blocks in reading order.
  public static func blocks(of document: RenderedDocument) -> [PreviewBlock] {
    var blocks: [PreviewBlock] = []
    if let title = document.title { blocks.append(PreviewBlock(kind: .title, cells: [title])) }
    for block in document.blocks {
      switch block {
      case .heading(let spans): blocks.append(PreviewBlock(kind: .heading, cells: [spans]))
      case .paragraph(let spans): blocks.append(PreviewBlock(kind: .paragraph, cells: [spans]))
      case .sources(let spans): blocks.append(PreviewBlock(kind: .sources, cells: [spans]))
      case .bulletList(let items): blocks.append(PreviewBlock(kind: .list, cells: items))
      case .table(let header, let rows):
        blocks.append(
          PreviewBlock(kind: .table(columns: header.count), cells: header + rows.flatMap { $0 }))
      }
    }
    return blocks
  }
}
