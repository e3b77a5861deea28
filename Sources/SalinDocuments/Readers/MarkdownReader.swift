internal import CCMark

/// Reads Markdown through cmark-gfm, the CommonMark reference parser, with GitHub tables.
///
/// Positions come from block nodes only: cmark's columns count bytes, and its inline positions are
/// unreliable after a soft line break (a text node that starts in column 1 was reported at column
/// 3). So each block's inline text is collected from the tree and mapped back onto the block's
/// source bytes (`SegmentBuilder.appendLiteral`). Code blocks, inline code, HTML, autolinks and
/// bare URLs are left out; link text stays in its paragraph and is also its own nested segment;
/// image alt text is its own segment.
struct MarkdownReader {
  let bytes: [UInt8]
  let lines: LineIndex
  /// Where the Markdown starts: after front matter, which is blanked out of `bytes` and must
  /// never be mapped onto.
  var startOffset = 0

  /// cmark-gfm registers its extensions in a global registry without a lock: do it once.
  private static let registered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  func segments() -> [Segment] {
    _ = Self.registered
    guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return [] }
    defer { cmark_parser_free(parser) }
    if let table = cmark_find_syntax_extension("table") {
      cmark_parser_attach_syntax_extension(parser, table)
    }
    // From where line 1 starts: after a byte order mark, so that cmark's columns on line 1
    // count from where `LineIndex` counts them.
    bytes[min(lines.lineStarts[0], bytes.count)...].withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_parser_feed(parser, $0.baseAddress, $0.count)
      }
    }
    guard let root = cmark_parser_finish(parser) else { return [] }
    defer { cmark_node_free(root) }
    var walker = Walker(bytes: bytes, lines: lines)
    walker.floor = startOffset
    walker.visitBlock(root, container: .paragraph, tableRow: nil)
    return walker.segments
  }
}

/// The walk over one cmark tree.
///
/// Iterative, with explicit stacks: cmark nests a block quote, list or emphasis as deep as the
/// file does (30,000 `> ` make a tree 30,000 deep), and a recursive walk overflowed the thread's
/// stack on such a file, killing a whole folder run. Memory is now proportionate to the depth.
private struct Walker {
  let bytes: [UInt8]
  let lines: LineIndex
  var segments: [Segment] = []
  var tableRowIndex = 0
  /// The earliest byte the next block's text may map onto.
  ///
  /// Blocks come in document order, so none starts before the start of the one before it. cmark-gfm reports a start of line 1 for
  /// what is left of a paragraph whose last line became a table header (across a lone CR), and
  /// its text was then mapped onto whatever matched near the top of the file.
  var floor = 0

  init(bytes: [UInt8], lines: LineIndex) {
    self.bytes = bytes
    self.lines = lines
  }

  /// A block still to visit, with what its parent makes of it.
  private struct PendingBlock {
    let node: OpaquePointer
    let container: SegmentKind
    let tableRow: Int?
  }

  /// Visits a block and every block inside it, in document order.
  mutating func visitBlock(_ root: OpaquePointer, container: SegmentKind, tableRow: Int?) {
    var pending = [PendingBlock(node: root, container: container, tableRow: tableRow)]
    while let block = pending.popLast() {
      let node = block.node
      switch Self.type(of: node) {
      case "code_block", "html_block", "thematic_break", "footnote_definition":
        continue
      case "paragraph":
        // A paragraph on one line stands alone, so it may be a label; a longer one only has
        // prefixes.
        let oneLine = cmark_node_get_start_line(node) == cmark_node_get_end_line(node)
        collect(node, kind: block.container, labelMode: oneLine ? .wholeOrPrefix : .prefix)
      case "heading":
        collect(
          node, kind: .heading(level: Int(cmark_node_get_heading_level(node))),
          labelMode: .wholeOrPrefix)
      case "table":
        tableRowIndex = 0
        Self.push(childrenOf: node, container: block.container, tableRow: nil, onto: &pending)
      case "table_header", "table_row":
        let row =
          cmark_gfm_extensions_get_table_row_is_header(node) != 0 ? 0 : max(1, tableRowIndex)
        // A row's children are cells, which never hold another row: the next row can be
        // numbered now.
        tableRowIndex = row + 1
        Self.push(childrenOf: node, container: block.container, tableRow: row, onto: &pending)
      case "table_cell":
        var column = 0
        var previous = cmark_node_previous(node)
        while let sibling = previous {
          column += 1
          previous = cmark_node_previous(sibling)
        }
        let row = block.tableRow ?? 0
        collect(
          node, kind: row == 0 ? .tableHeaderCell : .tableCell, labelMode: .wholeOrPrefix,
          tableCell: TableCellIndex(row: row, column: column))
      case "item":
        Self.push(childrenOf: node, container: .listItem, tableRow: nil, onto: &pending)
      case "block_quote":
        Self.push(childrenOf: node, container: .blockQuote, tableRow: nil, onto: &pending)
      default:
        Self.push(
          childrenOf: node, container: block.container, tableRow: block.tableRow, onto: &pending)
      }
    }
  }

  /// Pushes a node's children so that the first is popped first.
  private static func push(
    childrenOf node: OpaquePointer, container: SegmentKind, tableRow: Int?,
    onto pending: inout [PendingBlock]
  ) {
    let base = pending.count
    var child = cmark_node_first_child(node)
    while let current = child {
      pending.append(PendingBlock(node: current, container: container, tableRow: tableRow))
      child = cmark_node_next(current)
    }
    pending[base...].reverse()
  }

  /// Makes a segment of a leaf block's inline content.
  private mutating func collect(
    _ node: OpaquePointer, kind: SegmentKind, labelMode: SegmentBuilder.LabelMode,
    tableCell: TableCellIndex? = nil
  ) {
    let startLine = Int(cmark_node_get_start_line(node))
    let endLine = Int(cmark_node_get_end_line(node))
    var cursor = max(
      floor, lines.offset(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
    // End positions are inclusive; a table cell's may stop short, so allow the rest of its line.
    var limit = lines.contentRange(ofLine: max(1, min(endLine, lines.lineCount))).upperBound
    if tableCell == nil, endLine >= 1 {
      limit = min(
        limit, lines.offset(line: endLine, byteColumn: Int(cmark_node_get_end_column(node)) + 1))
      limit = max(limit, cursor)
    }
    // A table cell's start column may point at the pipe or the row: search from the row's start.
    if tableCell != nil, tableCell?.column == 0 {
      cursor = max(floor, min(cursor, lines.contentRange(ofLine: max(1, startLine)).lowerBound))
    }
    // A block cmark places before the one before it has positions that cannot be trusted: its
    // text is looked for from the floor on.
    if limit <= cursor { limit = bytes.count }
    floor = cursor
    var nested: [Segment] = []
    let builder = visitInlines(node, cursor: &cursor, limit: limit, nested: &nested)
    if let segment = builder.build(
      kind: kind, lines: lines, labelMode: labelMode, tableCell: tableCell)
    {
      segments.append(segment)
    }
    segments += nested
  }

  /// An inline container being visited: the next child to visit, and what to do when its
  /// children are done.
  private struct InlineFrame {
    enum Kind {
      /// Emphasis, strong, strikethrough and the like: their text goes to the enclosing builder.
      case container
      /// A link's text is collected in its own builder, then kept in the enclosing text and
      /// made a nested segment (unless it is the URL itself).
      case link(url: String)
      /// An image's alt text is collected in its own builder and made a segment of its own.
      case image
    }
    var next: OpaquePointer?
    let kind: Kind
  }

  /// Collects a leaf block's inline text, mapping it back onto the source bytes.
  private func visitInlines(
    _ node: OpaquePointer, cursor: inout Int, limit: Int, nested: inout [Segment]
  ) -> SegmentBuilder {
    var frames = [InlineFrame(next: cmark_node_first_child(node), kind: .container)]
    // The builders that text goes into: the block's, then one per open link or image.
    var builders = [SegmentBuilder(bytes: bytes)]
    while !frames.isEmpty {
      guard let current = frames[frames.count - 1].next else {
        let frame = frames.removeLast()
        switch frame.kind {
        case .container:
          break
        case .link(let url):
          let linkBuilder = builders.removeLast()
          let text = linkBuilder.text
          // An autolink's text is its URL: not prose.
          if text == url || "mailto:" + text == url || text.hasPrefix("http") && url.hasPrefix(text)
          {
            builders[builders.count - 1].appendUnmapped(" ")
          } else {
            builders[builders.count - 1].append(linkBuilder)
            if let segment = linkBuilder.build(
              kind: .linkText, lines: lines, labelMode: .none, isNested: true)
            {
              nested.append(segment)
            }
          }
        case .image:
          let altBuilder = builders.removeLast()
          if let segment = altBuilder.build(
            kind: .imageAlt, lines: lines, labelMode: .wholeOrPrefix)
          {
            nested.append(segment)
          }
          builders[builders.count - 1].appendUnmapped(" ")
        }
        continue
      }
      frames[frames.count - 1].next = cmark_node_next(current)
      let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
      switch Self.type(of: current) {
      case "text":
        var piece = SegmentBuilder(bytes: bytes)
        piece.appendLiteral(literal, cursor: &cursor, limit: limit)
        builders[builders.count - 1].appendSkippingURLs(piece)
      case "softbreak":
        builders[builders.count - 1].appendUnmapped(" ")
      case "linebreak":
        builders[builders.count - 1].appendUnmapped("\n")
      case "code", "html_inline":
        // Left out of the text, but stepped over so later text maps after it.
        if let found = SegmentBuilder.find(Array(literal.utf8), in: bytes, from: cursor, to: limit)
        {
          cursor = found + literal.utf8.count
        }
        builders[builders.count - 1].appendUnmapped(" ")
      case "link":
        let url = cmark_node_get_url(current).map { String(cString: $0) } ?? ""
        builders.append(SegmentBuilder(bytes: bytes))
        frames.append(InlineFrame(next: cmark_node_first_child(current), kind: .link(url: url)))
      case "image":
        builders.append(SegmentBuilder(bytes: bytes))
        frames.append(InlineFrame(next: cmark_node_first_child(current), kind: .image))
      default:
        frames.append(InlineFrame(next: cmark_node_first_child(current), kind: .container))
      }
    }
    return builders[0]
  }

  private static func type(of node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
  }
}
