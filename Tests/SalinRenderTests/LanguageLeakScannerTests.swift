import SalinCore
import SalinRender
import Testing

@Suite("Language leaks in renderings")
struct LanguageLeakScannerTests {
  @Test(arguments: [Language.tagalog, .korean])
  func theSeedHasNoEnglishOutsideNamesAndAcronyms(locale: Language) throws {
    let briefing = try RenderFixtures.seed()
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs()).render(
      briefing, locale: locale)
    let scanner = LanguageLeakScanner(briefing: briefing, document: document)
    #expect(scanner.leaks(in: document) == [])
    // The scan looks at real text: the rendering has many words, Latin and not.
    #expect(LanguageLeakScanner.words(in: document.spans.plainText).count > 300)
  }

  /// A planted English sentence in the Tagalog and Korean variants is caught.
  @Test(arguments: [
    (Language.tagalog, ["of", "the"]),
    (Language.korean, ["Summit", "of", "the", "Peninsula"]),
  ])
  func catchesAPlantedEnglishPhrase(locale: Language, expected: [String]) throws {
    let yaml = RenderFixtures.missingTagalog
      .replacingOccurrences(of: "tl: Kumusta.", with: "tl: Kumusta sa Summit of the Peninsula.")
      .replacingOccurrences(of: "ko: 안녕하세요.", with: "ko: Summit of the Peninsula 안녕하세요.")
    let briefing = try RenderFixtures.load(yaml)
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs()).render(
      briefing, locale: locale)
    #expect(
      LanguageLeakScanner(briefing: briefing, document: document).leaks(in: document) == expected)
  }

  /// A declared fallback is marked, so it is not a leak; the English of the same text in the
  /// requested locale would be.
  @Test func declaredFallbacksAreNotLeaks() throws {
    let briefing = try RenderFixtures.missingTagalogBriefing()
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs()).render(
      briefing, locale: .tagalog)
    #expect(document.fallbacks.count == 1)
    #expect(LanguageLeakScanner(briefing: briefing, document: document).leaks(in: document) == [])
  }
}
