import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinDocuments
@testable import SalinImport
import Testing

/// `salin import` writes the briefing while it reads the article: each block, list item and
/// table row is handed on as soon as the next block shows it is complete, so what the import
/// keeps grows with the largest part, not with the article (issue 9: 20 MB took 1.15 GB).
@Suite("Streaming import")
struct StreamingImportTests {
  static let article = """
    Reading the Alliance
    The lead paragraph.
    Defense Priorities
    - one
    - two
    - three
    Agreed Areas of Focus | Mga Detalye |
    ---|---|
    Missile Defense | Strengthening systems |
    Cybersecurity | Safeguarding infrastructure |
    Closing
    A last paragraph before the sources.
    Sources: THX News & US Department of State.

    """

  static func document() throws -> Document {
    try DocumentReader.read(bytes: Array(article.utf8), path: "streaming.txt", format: .plainText)
  }

  /// After each block, the assembler gives at once every part that block completes.
  ///
  /// Only a
  /// `Sources:` line (or a `Sources` line and the list after it) waits for the end of the
  /// article, which decides whether it is the sources. It never gathers a section, list or table
  /// before handing it on.
  @Test func eachBlockIsHandedOnAtOnce() throws {
    var blocks: [ArticleBlock] = []
    try ArticleScanner(document: Self.document()).forEachBlock { blocks.append($0) }
    var assembler = BriefingAssembler(
      resolver: LabelResolver(
        catalogs: ImportFixtures.catalogs, language: .english, namespaces: ["label."]),
      existingKeys: Set(ImportFixtures.catalogs.keys), id: "streaming")
    let counts = blocks.map { assembler.add($0).count }
    // Title (the head), paragraph, heading, 3 items, header, 2 rows, heading, paragraph: one
    // part each; the `Sources:` line: held.
    #expect(counts == [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])
    let last = assembler.finish()
    #expect(last == [.sources(["THX News", "US Department of State"])])
  }

  /// The parts are the article's blocks, items and rows one by one, never a whole list or table.
  @Test func listsAndTablesArriveItemByItem() throws {
    var parts: [String] = []
    _ = try ImportFixtures.importer.importArticle(Self.document(), language: .english) {
      (part) throws(ImportError) in
      switch part {
      case .head: parts.append("head")
      case .section: parts.append("section")
      case .block(.paragraph): parts.append("paragraph")
      case .block(.bulletList(let items)): parts.append("list of \(items.count)")
      case .block(.table(let table)): parts.append("table of \(table.rows.count)")
      case .listItem: parts.append("item")
      case .tableRow: parts.append("row")
      case .sources(let names): parts.append("sources of \(names.count)")
      }
    }
    #expect(
      parts == [
        "head", "paragraph", "section", "list of 1", "item", "item", "table of 0", "row", "row",
        "section", "paragraph", "sources of 2",
      ])
  }

  /// Streamed YAML is byte for byte what writing the imported briefing gives, written in many
  /// pieces, and the report counts what the briefing holds.
  @Test(arguments: [false, true])
  func streamedYAMLIsTheWrittenBriefing(seed: Bool) throws {
    let document =
      seed
      ? try DocumentReader.read(contentsOf: ImportFixtures.seedPath, format: .plainText)
      : try Self.document()
    let importer = ImportFixtures.importer
    let whole = try importer.importArticle(document, language: .english)
    var output = BriefingStreamWriterTests.Recorder()
    var writes = 0
    struct Counting: TextOutputStream {
      var inner: BriefingStreamWriterTests.Recorder
      var writes = 0
      mutating func write(_ string: String) {
        writes += 1
        inner.write(string)
      }
    }
    var counting = Counting(inner: output)
    let report = try importer.importArticle(
      document, language: .english, headerComment: "x", writingYAMLTo: &counting)
    output = counting.inner
    writes = counting.writes
    #expect(output.text == (try BriefingWriter(headerComment: "x").write(whole.briefing)))
    #expect(writes > whole.briefing.content.sections.count + 2)
    #expect(report.mappedLabels == whole.mappedLabels)
    #expect(report.notices == whole.notices)
    #expect(report.sectionCount == whole.briefing.content.sections.count)
    #expect(report.textUnitCount == whole.briefing.textUnits.count)
  }

  /// A line longer than `Segment.maximumLength` (which the reader cuts into parts) is one
  /// paragraph holding the whole line once: each part once made a copy of the whole line.
  @Test func aLongLineIsOneParagraph() throws {
    let line = (1...30_000).map { "word\($0 % 97)" }.joined(separator: " ") + "."
    #expect(line.utf8.count > 3 * Segment.maximumLength)
    let result = try ImportFixtures.importText(
      "A title\n\(line)\n", path: "long.txt", language: .english)
    #expect(result.briefing.content.lead.count == 1)
    #expect(result.briefing.textUnits.map(\.id) == ["title", "lead.p1"])
    #expect(result.briefing.textUnits.last?.variants[.english] == line)
  }
}
