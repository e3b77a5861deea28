import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinDocuments
@testable import SalinImport
import SalinTestSupport
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

  /// Streamed YAML — the article read a window of lines at a time, the briefing written a few
  /// parts at a time — is byte for byte what writing the imported briefing gives, and the report
  /// counts what the briefing holds.
  @Test(arguments: [false, true])
  func streamedYAMLIsTheWrittenBriefing(seed: Bool) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = seed ? ImportFixtures.seedPath : folder.appendingPathComponent("streaming.txt").path
    if !seed { try Data(Self.article.utf8).write(to: URL(fileURLWithPath: path)) }
    let importer = ImportFixtures.importer
    let whole = try importer.importArticle(atPath: path, language: .english)
    struct Counting: TextOutputStream {
      var text = ""
      var writes = 0
      mutating func write(_ string: String) {
        writes += 1
        text += string
      }
    }
    var output = Counting()
    let report = try importer.importArticle(
      atPath: path, language: .english, headerComment: "x", writingYAMLTo: &output)
    #expect(output.text == (try BriefingWriter(headerComment: "x").write(whole.briefing)))
    #expect(output.writes > whole.briefing.content.sections.count + 2)
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

  /// An article with what a window must not cut through: CRLF and lone CR, blank lines after a
  /// heading, a comment over two lines, tables, a line starting with U+FEFF, a byte order mark.
  static let awkward =
    "\u{FEFF}Title Line\r\n\r\nA paragraph with https://example.com/a|b in it.\rHeading Before Blanks\n"
    + "\n\n   \nProse after blanks.\n<!-- a comment\nover | two lines -->\nCol A | Col B |\n"
    + "---|---|\na | b |\nc | d |\nAfter the table\n- item one\n- item two\n"
    + "\u{FEFF}Line starting with U+FEFF.\n| orphan | row |\nAnother Heading\nLast paragraph.\n"
    + "Mga pinagmumulan: THX News & US Department of State."

  /// Read a window of lines at a time, windows of any size give the parts, labels and notices
  /// of the whole document read at once.
  @Test(arguments: [1, 5, 40, 300, DocumentWindows.defaultWindowSize])
  func windowsOfAnySizeGiveTheWholeDocumentsImport(windowSize: Int) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let importer = ImportFixtures.importer
    for (name, text) in [
      ("seed.txt", nil), ("article.txt", Self.article), ("awkward.txt", Self.awkward),
    ] {
      let path =
        text == nil ? ImportFixtures.seedPath : folder.appendingPathComponent(name).path
      if let text { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
      var whole: [BriefingPart] = []
      let wholeReport = try importer.importArticle(
        DocumentReader.read(contentsOf: path, format: .plainText), language: .english
      ) { (part) throws(ImportError) in whole.append(part) }
      var windows = try DocumentWindows(path: path, windowSize: windowSize)
      var streamed: [BriefingPart] = []
      let report = try importer.importArticle(&windows, language: .english) {
        (part) throws(ImportError) in streamed.append(part)
      }
      #expect(streamed == whole, "\(name)")
      #expect(report == wholeReport, "\(name)")
    }
  }

  /// A problem found in a later window is reported at its place in the file.
  @Test func aProblemInALaterWindowIsPlacedInTheFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("late.txt").path
    let lines = (1...50).map { "Line \($0) of prose." }.joined(separator: "\n")
    try Data(Array(lines.utf8) + Array("\nCaf".utf8) + [0xE9, 0x0A]).write(
      to: URL(fileURLWithPath: path))
    var windows = try DocumentWindows(path: path, windowSize: 100)
    let error = #expect(throws: ImportError.self) {
      try ImportFixtures.importer.importArticle(&windows, language: .english) { _ in }
    }
    #expect(
      error?.description
        == "\(path):51:4: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)")
  }
}
