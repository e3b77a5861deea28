/// A block of a rendered document, in the order it is read.
public enum RenderedBlock: Hashable, Sendable {
  /// A section heading.
  case heading([RenderedSpan])
  /// A paragraph.
  case paragraph([RenderedSpan])
  /// A bullet list.
  case bulletList([[RenderedSpan]])
  /// A table: header cells (from label keys) and body rows.
  case table(header: [[RenderedSpan]], rows: [[[RenderedSpan]]])
  /// The sources line.
  case sources([RenderedSpan])

  /// Every span of the block, in reading order.
  public var spans: [RenderedSpan] {
    switch self {
    case .heading(let spans), .paragraph(let spans), .sources(let spans): spans
    case .bulletList(let items): items.flatMap { $0 }
    case .table(let header, let rows): header.flatMap { $0 } + rows.flatMap { $0.flatMap { $0 } }
    }
  }
}
