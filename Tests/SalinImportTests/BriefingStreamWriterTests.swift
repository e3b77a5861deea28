import Foundation
import SalinBriefing
import SalinCore
import Testing

/// `BriefingStreamWriter` writes each part when it is given, and the bytes are `BriefingWriter`'s.
@Suite("BriefingStreamWriter")
struct BriefingStreamWriterTests {
  /// Collects what is written.
  struct Recorder: TextOutputStream {
    var text = ""
    mutating func write(_ string: String) { text += string }
  }

  static func unit(_ id: String, _ text: String) -> [Inline] {
    [.text(TextUnit(id: id, variants: [.english: text]))]
  }

  /// A briefing with every shape a part can take: lists and tables in the lead and in
  /// sections, an empty table and an empty list, a section without blocks, a title and sources.
  static let shapes: Briefing = {
    let table = Table(
      columns: [LabelKey("label.details"), LabelKey("label.remarks")],
      rows: [
        [unit("t.r1c1", "Missile defense"), unit("t.r1c2", "A: b # c")],
        [unit("t.r2c1", "'quoted'"), [.label(LabelKey("label.sources"))]],
      ])
    let content = BriefingContent(
      title: unit("title", "A title"),
      lead: [
        .paragraph(unit("lead.p1", "First.")), .bulletList([unit("l1", "one"), unit("l2", "two")]),
        .table(table), .table(Table(columns: [LabelKey("label.details")], rows: [])),
      ],
      sections: [
        Section(heading: unit("s1.heading", "Empty"), blocks: []),
        Section(
          heading: [.label(LabelKey("label.details"))],
          blocks: [
            .bulletList([]), .table(table), .paragraph(unit("s2.p1", "yes")),
            .bulletList([unit("s2.l1", "- dash"), unit("s2.l2", "{{brace}}"), unit("s2.l3", "3")]),
          ]),
      ],
      sources: ["THX News", "US Department of State"])
    return Briefing(
      metadata: BriefingMetadata(id: "shapes", sourceLanguage: .english, languages: [.english]),
      content: content)
  }()

  /// The briefing's parts with every list given item by item and every table row by row, as
  /// `salin import` gives them.
  static func fineParts(_ briefing: Briefing) -> [BriefingPart] {
    var parts: [BriefingPart] = []
    briefing.forEachPart { part in
      switch part {
      case .block(.bulletList(let items)) where !items.isEmpty:
        parts.append(.block(.bulletList([items[0]])))
        parts += items.dropFirst().map(BriefingPart.listItem)
      case .block(.table(var table)) where !table.rows.isEmpty:
        let rows = table.rows
        table.rows = []
        parts.append(.block(.table(table)))
        parts += rows.map(BriefingPart.tableRow)
      default:
        parts.append(part)
      }
    }
    return parts
  }

  /// Given part by part, item by item and row by row, the writer writes the bytes the whole
  /// briefing is written as (the stand-in frames are dropped exactly).
  @Test(arguments: [0, 1, 2])
  func partByPartIsTheWholeBriefingsBytes(which: Int) throws {
    let briefing = [Self.shapes, Self.long, try BriefingWriterTests.seed()][which]
    var writer = BriefingStreamWriter(headerComment: "made\nby a test")
    var output = Recorder()
    for part in Self.fineParts(briefing) { try writer.write(part, to: &output) }
    try writer.finish(to: &output)
    #expect(output.text == (try BriefingWriter(headerComment: "made\nby a test").write(briefing)))
  }

  /// A long briefing: 100 lead paragraphs, then a section with a list of 100 items and a table
  /// of 100 rows, given part by part.
  static let long: Briefing = {
    let paragraphs = (1...100).map { Block.paragraph(unit("lead.p\($0)", "Paragraph \($0).")) }
    let list = Block.bulletList((1...100).map { unit("s1.list1.item\($0)", "Item \($0)") })
    let table = Block.table(
      Table(
        columns: [LabelKey("label.details")],
        rows: (1...100).map { [unit("s1.table1.r\($0)c1", "Row \($0)")] }))
    return Briefing(
      metadata: BriefingMetadata(id: "long", sourceLanguage: .english, languages: [.english]),
      content: BriefingContent(
        lead: paragraphs,
        sections: [Section(heading: [.label(LabelKey("label.details"))], blocks: [list, table])]))
  }()

  /// The writer holds a few parts at most.
  ///
  /// The output grows at least once every
  /// `partsPerWrite` parts (and one more for a table header waiting for its first row), however
  /// long the lead, list or table. It is the whole briefing's bytes.
  @Test func theWriterHoldsAFewPartsAtMost() throws {
    var writer = BriefingStreamWriter()
    var output = Recorder()
    var held = 0
    var mostHeld = 0
    for part in Self.fineParts(Self.long) {
      let before = output.text.utf8.count
      try writer.write(part, to: &output)
      held = output.text.utf8.count > before ? 0 : held + 1
      mostHeld = max(mostHeld, held)
    }
    #expect(mostHeld <= BriefingStreamWriter.partsPerWrite + 1)
    #expect(mostHeld >= BriefingStreamWriter.partsPerWrite - 1, "parts are written a few at a time")
    try writer.finish(to: &output)
    #expect(output.text == (try BriefingWriter().write(Self.long)))
  }

  /// A row with no table before it, or a part before the head, is refused, not written anywhere.
  @Test func partsOutOfOrderAreRefused() throws {
    var writer = BriefingStreamWriter()
    var output = Recorder()
    #expect(throws: BriefingError.self) { try writer.write(.block(.paragraph([])), to: &output) }
    try writer.write(.head(Self.shapes), to: &output)
    #expect(throws: BriefingError.self) { try writer.write(.tableRow([]), to: &output) }
    #expect(throws: BriefingError.self) { try writer.write(.listItem([]), to: &output) }
  }
}
