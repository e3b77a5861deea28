import Foundation
import SalinBriefing
import SalinCore
import SalinImport
import SalinRender
import Testing

/// What Salin renders, Salin imports: the seed briefing rendered in each locale, as text and as
/// Markdown, imported with that locale as `--lang`, renders back to the same bytes — the labels
/// were recognised in each locale's own spelling and everything else kept as written.
@Suite("ArticleImporter re-import")
struct ReimportTests {
  @Test(arguments: [Language.english, .tagalog, .korean], [OutputFormat.text, .markdown])
  func aRenderedBriefingRoundTrips(locale: Language, format: OutputFormat) throws {
    let seed = try BriefingLoader().load(
      contentsOf: ImportFixtures.seedBriefingURL, displayPath: "seed.yaml")
    let rendered = try ImportFixtures.render(seed, locale, format: format)
    let path = "edscg-5.\(locale.tag).\(format.fileExtension)"
    let result = try ImportFixtures.importText(rendered, path: path, language: locale)
    #expect(
      try ImportFixtures.render(
        try ImportFixtures.throughYAML(result.briefing), locale, format: format) == rendered)
    #expect(
      result.mappedLabels.map(\.key) == [
        "label.agreed-areas-of-focus", "label.details", "label.sources",
      ])
    #expect(result.foreignLabels.isEmpty)
  }
}
