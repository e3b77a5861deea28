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
  @Test(arguments: [false, true])
  func partByPartIsTheWholeBriefingsBytes(seed: Bool) throws {
    let briefing = seed ? try BriefingWriterTests.seed() : Self.shapes
    var writer = BriefingStreamWriter(headerComment: "made\nby a test")
    var output = Recorder()
    for part in Self.fineParts(briefing) { try writer.write(part, to: &output) }
    try writer.finish(to: &output)
    #expect(output.text == (try BriefingWriter(headerComment: "made\nby a test").write(briefing)))
  }

  /// Each part is written when it is given.
  ///
  /// The output grows with every part, except a list or table given empty, which waits for the next part to know whether items or rows follow. So
  /// the writer never holds more than that one empty block.
  @Test func eachPartIsWrittenWhenGiven() throws {
    var writer = BriefingStreamWriter()
    var output = Recorder()
    for part in Self.fineParts(Self.shapes) {
      let before = output.text.utf8.count
      try writer.write(part, to: &output)
      let waits: Bool
      switch part {
      case .block(.table(let table)): waits = table.rows.isEmpty
      case .block(.bulletList(let items)): waits = items.isEmpty
      default: waits = false
      }
      // (A part that waits may still write an empty list or table given before it.)
      if !waits {
        #expect(output.text.utf8.count > before, "\(part) was not written when given")
      }
    }
    let held = output.text.utf8.count
    try writer.finish(to: &output)
    #expect(output.text.utf8.count == held, "nothing is left to write at the end")
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
