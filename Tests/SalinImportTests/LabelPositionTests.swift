import Foundation
import SalinCatalog
import SalinCore
import SalinImport
import SalinTestSupport
import Testing

/// Labels are mapped only in label positions — a whole heading, cell or line, or a `Label:`
/// prefix — never as a word inside a sentence.
@Suite("ArticleImporter label positions")
struct LabelPositionTests {
  static let article = """
    The delegations went over the Details of the plan with the Sources they trusted.
    Background: The talks began in 2023.
    Lugar: Washington
    Key points:
    Both sides will meet again.
    In response:
    - Use {name} in templates, not {{name}}.
    """

  @Test func onlyLabelPositionsAreMapped() throws {
    let result = try ImportFixtures.importText(
      Self.article, path: "positions.txt", language: .english)
    #expect(
      result.mappedLabels.map(\.description) == [
        "mapped 'Background' (en) → label.background at 2:1",
        "mapped 'Lugar' (tl) → label.place at 3:1",
        "mapped 'Key points:' (en) → label.key-points at 4:1",
        "mapped 'In response:' (en) → label.in-response at 6:1",
      ])
    #expect(result.mappedLabels.map(\.role) == [.prefix, .prefix, .line, .line])
  }

  /// Rendered in English: a label keeps the article's colon, the sentence keeps its words, and
  /// braces in prose stay braces.
  @Test func renderedInEnglish() throws {
    let result = try ImportFixtures.importText(
      Self.article, path: "positions.txt", language: .english)
    let text = try ImportFixtures.render(try ImportFixtures.throughYAML(result.briefing), .english)
    #expect(
      text == """
        The delegations went over the Details of the plan with the Sources they trusted.
        Background: The talks began in 2023.
        Place: Washington
        Key Points:
        Both sides will meet again.
        In response:
        - Use {name} in templates, not {{name}}.

        """)
  }

  @Test func renderedInTagalog() throws {
    let result = try ImportFixtures.importText(
      Self.article, path: "positions.txt", language: .english)
    let text = try ImportFixtures.render(try ImportFixtures.throughYAML(result.briefing), .tagalog)
    let lines = ImportFixtures.lines(text)
    #expect(lines[1] == "Konteksto[en: : The talks began in 2023.]")
    #expect(lines[2] == "Lugar[en: : Washington]")
    #expect(lines[5] == "Bilang tugon:")
  }

  @Test func anUnknownTableHeaderGetsANewKeyAndACatalogEntry() throws {
    let article = """
      Region | Mga Detalye | Nation's {share} |
      ---|---|---|
      Indo-Pacific | Deterrence | Half |
      """
    let result = try ImportFixtures.importText(article, path: "table.txt", language: .english)
    #expect(result.newLabels.map(\.key) == ["label.region", "label.nation-s-share"])
    #expect(
      result.notices.map(\.description) == [
        "1:1: table header 'Region' matches no catalog label: wrote label.region (define it in a catalog, for example with --new-labels)",
        "1:24: table header 'Nation's {share}' matches no catalog label: wrote label.nation-s-share (define it in a catalog, for example with --new-labels)",
      ])
    // The catalog written for them loads beside the built-in ones and renders the headers as written.
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalog = try #require(NewLabel.catalog(result.newLabels, source: "table.txt"))
    try catalog.write(
      to: folder.appendingPathComponent("imported.en.yaml"), atomically: true, encoding: .utf8)
    let catalogs = try Catalogs.load(directories: [folder])
    let text = try ImportFixtures.render(
      try ImportFixtures.throughYAML(result.briefing), .english, catalogs: catalogs)
    #expect(
      text == """
        Region | Details | Nation's {share} |
        ---|---|---|
        Indo-Pacific | Deterrence | Half |

        """)
  }
}
