import Foundation
import SalinBriefing
import SalinCore
import SalinImport
import SalinTestSupport
import Testing

/// Plain-text articles: the seed round trip, labels in any locale, label positions only.
@Suite("ArticleImporter")
struct ArticleImporterTests {
  /// The check of issue 3: the seed imported with --lang en and rendered in English as text is
  /// the article with only the two Tagalog labels changed, in exactly those spans.
  @Test func theSeedRendersBackWithOnlyTheTwoLabelsChanged() throws {
    let original = ImportFixtures.lines(
      try String(contentsOfFile: ImportFixtures.seedPath, encoding: .utf8))
    let result = try ImportFixtures.importer.importArticle(
      atPath: ImportFixtures.seedPath, language: .english)
    let rendered = ImportFixtures.lines(
      try ImportFixtures.render(try ImportFixtures.throughYAML(result.briefing), .english))
    #expect(rendered.count == original.count)
    let differing = zip(original, rendered).enumerated().filter { $0.element.0 != $0.element.1 }.map
    { $0.offset + 1 }
    #expect(differing == [15, 25])
    #expect(original[14] == "Agreed Areas of Focus | Mga Detalye |")
    #expect(rendered[14] == "Agreed Areas of Focus | Details |")
    #expect(original[24] == "Mga pinagmumulan: THX News & US Department of State.")
    // The sources line takes the locale's list pattern ("and"), not the article's "&".
    #expect(rendered[24] == "Sources: THX News and US Department of State.")
    // Only in those spans: putting the Tagalog words back gives the original lines.
    #expect(rendered[14].replacingOccurrences(of: "Details", with: "Mga Detalye") == original[14])
    #expect(
      rendered[24].replacingOccurrences(of: "Sources", with: "Mga pinagmumulan")
        .replacingOccurrences(of: " and ", with: " & ") == original[24])
  }

  @Test func theSeedListsTheLabelsItMapped() throws {
    let result = try ImportFixtures.importer.importArticle(
      atPath: ImportFixtures.seedPath, language: .english)
    #expect(
      result.mappedLabels.map(\.description) == [
        "mapped 'Agreed Areas of Focus' (en) → label.agreed-areas-of-focus at 15:1",
        "mapped 'Mga Detalye' (tl) → label.details at 15:25",
        "mapped 'Mga pinagmumulan' (tl) → label.sources at 25:1",
      ])
    #expect(result.foreignLabels.map(\.key) == ["label.details", "label.sources"])
    #expect(result.newLabels.isEmpty)
    #expect(result.notices.isEmpty)
  }

  @Test func theSeedHasALeadFourSectionsAndTwoSources() throws {
    let briefing = try ImportFixtures.importer.importArticle(
      atPath: ImportFixtures.seedPath, language: .english
    ).briefing
    #expect(briefing.metadata.id == "000_59885a65178f0467")
    #expect(briefing.metadata.languages == [.english])
    #expect(briefing.content.title == nil)
    #expect(briefing.content.lead.count == 1)
    #expect(briefing.content.sections.count == 4)
    #expect(briefing.content.sections.map { $0.blocks.count } == [4, 2, 4, 4])
    #expect(briefing.content.sources == ["THX News", "US Department of State"])
    guard case .table(let table) = briefing.content.sections[2].blocks[3] else {
      Issue.record("the third section's last block is not a table")
      return
    }
    #expect(table.columns.map(\.key) == ["label.agreed-areas-of-focus", "label.details"])
    #expect(table.rows.count == 3)
    // "In response:" ends a sentence line: prose, not a label position.
    guard case .paragraph(let runs) = briefing.content.sections[1].blocks[0],
      case .text(let unit) = runs.first
    else {
      Issue.record("the second section does not open with a prose paragraph")
      return
    }
    #expect(runs.count == 1)
    #expect(unit.variants[.english]?.hasSuffix("accidental escalation. In response:") == true)
  }

  /// The seed imported in English renders in Tagalog and Korean with their labels; prose, which
  /// has only an English variant, is marked as a fallback.
  @Test(arguments: [
    (
      Language.tagalog, "Mga Napagkasunduang Larangang Tututukan | Mga Detalye |",
      "Mga Pinagkunan: THX News at US Department of State."
    ),
    (Language.korean, "합의된 중점 분야 | 세부 내용 |", "출처: THX News 및 US Department of State."),
  ])
  func theSeedsLabelsRenderInEachLocale(locale: Language, header: String, sources: String) throws {
    let result = try ImportFixtures.importer.importArticle(
      atPath: ImportFixtures.seedPath, language: .english)
    let rendered = ImportFixtures.lines(
      try ImportFixtures.render(try ImportFixtures.throughYAML(result.briefing), locale))
    #expect(rendered[14] == header)
    #expect(rendered[24] == sources)
    #expect(rendered[1] == "[en: Advancing Security Through Deterrence]")
  }

  /// One article per language, each with labels of other locales in label positions.
  @Test(arguments: [
    (
      Language.tagalog,
      """
      Nagpulong ang Estados Unidos at South Korea sa Washington.
      Mga Kasunduan
      Pinagtibay ng dalawang panig ang kanilang pangako.
      Larangan | Details |
      ---|---|
      Depensa | Pagpapalakas ng depensa |
      Sources: Rappler & Philippine News Agency.
      """,
      [
        "mapped 'Larangan' (tl) → label.focus-area at 4:1",
        "mapped 'Details' (en) → label.details at 4:12",
        "mapped 'Sources' (en) → label.sources at 7:1",
      ],
      """
      Nagpulong ang Estados Unidos at South Korea sa Washington.
      Mga Kasunduan
      Pinagtibay ng dalawang panig ang kanilang pangako.
      Larangang Tututukan | Mga Detalye |
      ---|---|
      Depensa | Pagpapalakas ng depensa |
      Mga Pinagkunan: Rappler at Philippine News Agency.

      """
    ),
    (
      Language.korean,
      """
      한미 양국이 워싱턴에서 회의를 열었다.
      주요 합의
      양측은 공조를 강화하기로 했다.
      합의된 중점 분야 | Details |
      ---|---|
      미사일 방어 | 체계 강화 |
      Mga pinagmumulan: 연합뉴스 & 국무부.
      """,
      [
        "mapped '합의된 중점 분야' (ko) → label.agreed-areas-of-focus at 4:1",
        "mapped 'Details' (en) → label.details at 4:13",
        "mapped 'Mga pinagmumulan' (tl) → label.sources at 7:1",
      ],
      """
      한미 양국이 워싱턴에서 회의를 열었다.
      주요 합의
      양측은 공조를 강화하기로 했다.
      합의된 중점 분야 | 세부 내용 |
      ---|---|
      미사일 방어 | 체계 강화 |
      출처: 연합뉴스 및 국무부.

      """
    ),
  ])
  func foreignLabelsBecomeKeys(
    language: Language, article: String, mapped: [String], rendered: String
  ) throws {
    let result = try ImportFixtures.importText(article, path: "article.txt", language: language)
    #expect(result.mappedLabels.map(\.description) == mapped)
    #expect(
      try ImportFixtures.render(try ImportFixtures.throughYAML(result.briefing), language)
        == rendered)
  }
}
