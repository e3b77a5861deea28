import SalinCore
import SalinImport
import Testing

/// The sources line is split at the article's own list pattern (ICU's for its locale), so a
/// Tagalog or Korean line imports as its several sources and renders back as written.
@Suite("Importing a sources line")
struct SourcesLineTests {
  @Test(arguments: [
    (
      Language.tagalog,
      """
      Nagpulong ang Estados Unidos at South Korea sa Washington.
      Mga Pinagkunan: Rappler, Philippine News Agency at GMA News.
      """,
      ["Rappler", "Philippine News Agency", "GMA News"]
    ),
    (
      Language.tagalog,
      """
      Nagpulong ang Estados Unidos at South Korea sa Washington.
      Mga Pinagkunan: THX News at US Department of State.
      """,
      ["THX News", "US Department of State"]
    ),
    (
      Language.korean,
      """
      한미 양국이 워싱턴에서 회의를 열었다.
      출처: 연합뉴스, 국무부 및 국방부.
      """,
      ["연합뉴스", "국무부", "국방부"]
    ),
  ])
  func sourcesSplitAtTheListPattern(language: Language, article: String, sources: [String])
    throws
  {
    let result = try ImportFixtures.importText(article, path: "article.txt", language: language)
    #expect(result.briefing.content.sources == sources)
    let rendered = try ImportFixtures.render(
      try ImportFixtures.throughYAML(result.briefing), language)
    #expect(rendered == article + "\n\n" || rendered == article + "\n", "\(rendered)")
  }
}
