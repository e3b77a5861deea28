public import SalinCore
import Yams

/// Writes a briefing as YAML one part at a time, each part as soon as it is given: the same
/// bytes as ``BriefingWriter``, without the briefing or its text ever being whole in memory.
///
/// What it keeps between parts is where the next part goes (the lead or a section, a list or a
/// table to extend) and at most one block: a table whose header came without a row yet (an
/// empty table is written `rows: []`, so its first row decides how it is written).
///
/// Each part is made into a small YAML tree and serialised on its own. A block, list item or
/// row inside a section is serialised inside a stand-in section (`- heading: {label: _}`, and
/// the list or table it extends), and the stand-in's lines are dropped: so the emitter itself
/// lays out the part at its real depth, and the bytes are those of the whole tree.
public struct BriefingStreamWriter {
  /// A comment written above the document (each line prefixed with `# `), or `nil`.
  public var headerComment: String?

  private var nodes: BriefingNodes?
  private var place = Place.start
  private var wroteLeadKey = false
  private var wroteSectionsKey = false
  private var open = OpenBlock.none

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
      try flush(to: &output)
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
      try flush(to: &output)
      if !sources.isEmpty {
        output.write(try Self.serialize(nodes.mapping([("sources", nodes.flowList(sources))])))
      }
      place = .end
    }
  }

  /// Writes what is still held (an empty list or table given last).
  /// - Parameter output: Where the YAML goes.
  /// - Throws: `BriefingError` if the YAML emitter fails.
  public mutating func finish(to output: inout some TextOutputStream) throws(BriefingError) {
    try flush(to: &output)
  }

  private var isEnded: Bool {
    if case .end = place { true } else { false }
  }

  private mutating func flush(to output: inout some TextOutputStream) throws(BriefingError) {
    if case .pending(let block) = open { try writeBlock(block, to: &output) }
    open = .none
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

  /// Serialises `item` inside stand-ins for what encloses it and writes only its own lines.
  private mutating func writeFramed(
    _ item: Node, in frame: Frame, to output: inout some TextOutputStream
  ) throws(BriefingError) {
    guard let nodes else { return }
    var node = item
    var standIn = ""
    switch frame {
    case .block: break
    case .list:
      node = nodes.mapping([("list", nodes.sequence([node]))])
      standIn = "- list:\n"
    case .table:
      let table = nodes.mapping([
        ("columns", nodes.sequence([], flow: true)), ("rows", nodes.sequence([node])),
      ])
      node = nodes.mapping([("table", table)])
      standIn = "- table:\n    columns: []\n    rows:\n"
    }
    if case .section(let hasBlocks) = place {
      node = nodes.mapping([
        ("heading", nodes.run(.label(LabelKey("_")))), ("blocks", nodes.sequence([node])),
      ])
      // The stand-in's lines one level down, under the stand-in section's `blocks:`.
      standIn =
        "- heading: {label: _}\n" + (hasBlocks || frame != .block ? "  blocks:\n" : "")
        + standIn.split(separator: "\n").map { "  \($0)\n" }.joined()
      place = .section(hasBlocks: true)
    }
    let yaml = try Self.serialize(nodes.sequence([node]))
    guard yaml.utf8.starts(with: standIn.utf8) else {
      throw Self.error("unexpected YAML layout around \(yaml.prefix(40).debugDescription)")
    }
    output.write(String(yaml[yaml.utf8.index(yaml.startIndex, offsetBy: standIn.utf8.count)...]))
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
