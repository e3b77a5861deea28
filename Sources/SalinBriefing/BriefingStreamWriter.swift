public import SalinCore
import Yams

/// Writes a briefing as YAML one part at a time, a few parts at once at most: the same bytes as
/// ``BriefingWriter``, without the briefing or its text ever being whole in memory.
///
/// What it keeps between parts is where the next part goes (the lead or a section, a list or a
/// table to extend), a list or table given empty (written `[]` unless an item or row follows,
/// so the next part decides), and at most ``partsPerWrite`` parts not yet serialised.
///
/// Each part is made into a small YAML tree and serialised on its own. A block, list item or
/// row inside a section is serialised inside a stand-in section (`- blocks:`, and the list or
/// table it extends), and the stand-in's lines are dropped: so the emitter itself lays out the
/// part at its real depth, and the bytes are those of the whole tree.
public struct BriefingStreamWriter {
  /// A comment written above the document (each line prefixed with `# `), or `nil`.
  public var headerComment: String?

  private var nodes: BriefingNodes?
  private var place = Place.start
  private var wroteLeadKey = false
  private var wroteSectionsKey = false
  private var open = OpenBlock.none
  /// Parts made into nodes and not yet serialised, all in one frame.
  private var batch: [Node] = []
  private var batchFrame = Frame.block

  /// The most parts serialised together.
  ///
  /// Serialising costs about as much per call as per part, so parts that follow each other in
  /// one frame (paragraphs, items of one list, rows of one table) are serialised a few at a time:
  /// one call per part made `salin import` 40% slower. It bounds what the writer holds.
  public static let partsPerWrite = 32

  /// Where the next block goes.
  private enum Place {
    case start
    case lead
    case section(hasBlocks: Bool)
    case end
  }

  /// What a list item or table row extends.
  private enum OpenBlock {
    case none
    case list
    case table
    /// A list or table given without items or rows: written when the next part shows whether
    /// any follow.
    case pending(Block)
  }

  /// Makes a writer.
  /// - Parameter headerComment: Lines to put above the YAML as comments.
  public init(headerComment: String? = nil) {
    self.headerComment = headerComment
  }

  /// Writes one part.
  /// - Parameters:
  ///   - part: The next part; the first must be `head`.
  ///   - output: Where the YAML goes.
  /// - Throws: `BriefingError` (at line 1 of `<output>`) for a part out of order, or if the YAML
  ///   emitter fails (only for text YAML cannot hold, such as unpaired surrogates).
  public mutating func write(_ part: BriefingPart, to output: inout some TextOutputStream)
    throws(BriefingError)
  {
    if case .head(let briefing) = part {
      guard case .start = place else { throw Self.error("a second briefing head") }
      let nodes = BriefingNodes(languages: briefing.metadata.languages)
      self.nodes = nodes
      if let headerComment {
        output.write(
          headerComment.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#" : "# \($0)" }.joined(separator: "\n") + "\n")
      }
      output.write(try Self.serialize(nodes.head(briefing)))
      place = .lead
      return
    }
    guard let nodes, !isEnded else {
      throw Self.error("a part before the head or after the sources")
    }
    switch part {
    case .head:
      return
    case .section(let heading):
      try flushAll(to: &output)
      if !wroteSectionsKey {
        output.write("sections:\n")
        wroteSectionsKey = true
      }
      output.write(
        try Self.serialize(nodes.sequence([nodes.mapping([("heading", nodes.runs(heading))])])))
      place = .section(hasBlocks: false)
    case .block(let block):
      try flush(to: &output)
      switch block {
      case .bulletList(let items) where items.isEmpty: open = .pending(block)
      case .table(let table) where table.rows.isEmpty: open = .pending(block)
      default: try writeBlock(block, to: &output)
      }
    case .listItem(let item):
      switch open {
      case .pending(.bulletList(let items)):
        try writeBlock(.bulletList(items + [item]), to: &output)
      case .list:
        try writeFramed(nodes.runs(item), in: .list, to: &output)
      default: throw Self.error("a list item with no list before it")
      }
    case .tableRow(let row):
      switch open {
      case .pending(.table(var table)):
        table.rows.append(row)
        try writeBlock(.table(table), to: &output)
      case .table:
        try writeFramed(nodes.sequence(row.map(nodes.runs)), in: .table, to: &output)
      default: throw Self.error("a table row with no table before it")
      }
    case .sources(let sources):
      try flushAll(to: &output)
      if !sources.isEmpty {
        output.write(try Self.serialize(nodes.mapping([("sources", nodes.flowList(sources))])))
      }
      place = .end
    }
  }

  /// Writes what is still held: the last parts, and an empty list or table given last.
  /// - Parameter output: Where the YAML goes.
  /// - Throws: `BriefingError` if the YAML emitter fails.
  public mutating func finish(to output: inout some TextOutputStream) throws(BriefingError) {
    try flushAll(to: &output)
  }

  private var isEnded: Bool {
    if case .end = place { true } else { false }
  }

  /// Writes a pending empty list or table.
  private mutating func flush(to output: inout some TextOutputStream) throws(BriefingError) {
    if case .pending(let block) = open { try writeBlock(block, to: &output) }
    open = .none
  }

  /// Writes everything held: a pending list or table, and the batch.
  private mutating func flushAll(to output: inout some TextOutputStream) throws(BriefingError) {
    try flush(to: &output)
    try sendBatch(to: &output)
  }

  // MARK: Framing

  /// Where a framed item sits.
  private enum Frame {
    /// A block of the lead or of the open section.
    case block
    /// An item of the list written last.
    case list
    /// A row of the table written last.
    case table
  }

  private mutating func writeBlock(_ block: Block, to output: inout some TextOutputStream)
    throws(BriefingError)
  {
    guard let nodes else { return }
    if case .lead = place, !wroteLeadKey {
      output.write("lead:\n")
      wroteLeadKey = true
    }
    try writeFramed(nodes.block(block), in: .block, to: &output)
    switch block {
    case .bulletList: open = .list
    case .table: open = .table
    case .paragraph: open = .none
    }
  }

  /// Adds an item to the batch, sending the batch first if the item is in another frame or the
  /// batch is full.
  private mutating func writeFramed(
    _ item: Node, in frame: Frame, to output: inout some TextOutputStream
  ) throws(BriefingError) {
    if frame != batchFrame || batch.count >= Self.partsPerWrite { try sendBatch(to: &output) }
    batchFrame = frame
    batch.append(item)
  }

  /// Serialises the batch inside stand-ins for what encloses it and writes only its own lines.
  private mutating func sendBatch(to output: inout some TextOutputStream) throws(BriefingError) {
    guard let nodes, !batch.isEmpty else { return }
    var items = batch
    batch = []
    var standIn = ""
    switch batchFrame {
    case .block: break
    case .list:
      items = [nodes.mapping([("list", nodes.sequence(items))])]
      standIn = "- list:\n"
    case .table:
      let table = nodes.mapping([
        ("columns", nodes.sequence([], flow: true)), ("rows", nodes.sequence(items)),
      ])
      items = [nodes.mapping([("table", table)])]
      standIn = "- table:\n    columns: []\n    rows:\n"
    }
    var key = ""
    if case .section(let hasBlocks) = place {
      // A stand-in section of only `blocks:`: its items sit where the real section's do.
      items = [nodes.mapping([("blocks", nodes.sequence(items))])]
      standIn = "- blocks:\n" + standIn.split(separator: "\n").map { "  \($0)\n" }.joined()
      if !hasBlocks { key = "  blocks:\n" }
      place = .section(hasBlocks: true)
    }
    let yaml = try Self.serialize(nodes.sequence(items))
    guard yaml.utf8.starts(with: standIn.utf8) else {
      throw Self.error("unexpected YAML layout around \(yaml.prefix(40).debugDescription)")
    }
    output.write(key + yaml[yaml.utf8.index(yaml.startIndex, offsetBy: standIn.utf8.count)...])
  }

  // MARK: Emitting

  private static func serialize(_ node: Node) throws(BriefingError) -> String {
    do {
      return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
    } catch {
      throw self.error("cannot write YAML: \(error)")
    }
  }

  private static func error(_ message: String) -> BriefingError {
    BriefingError(.syntax(message), at: SourceLocation(file: "<output>", line: 1, column: 1))
  }
}
