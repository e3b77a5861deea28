import SalinBriefing
import SalinCore
import SalinRender
import Testing

/// A translation made from an older source text renders marked and reported like a fallback.
@Suite("Stale translations")
struct StaleTranslationTests {
  static let briefing = """
    salin-briefing: 1
    id: stale
    source-language: en
    languages: [en, tl, ko]
    lead:
      - paragraph:
          id: lead
          en: Officials met again on Monday.
          tl: Nagpulong ang mga opisyal.
          ko: 당국자들이 만났다.
          made-from: {tl: 8662dfde5459, ko: b1b4522c222b}
    """

  static func render(_ locale: Language, _ format: OutputFormat, strict: Bool = false) throws
    -> (String, [FallbackNotice])
  {
    let model = try BriefingLoader().load(yaml: briefing, file: "stale.yaml")
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs()).render(
      model, locale: locale, strict: strict)
    return (format.write(document), document.fallbacks)
  }

  @Test func aCurrentTranslationIsNotMarked() throws {
    let (text, notices) = try Self.render(.tagalog, .markdown)
    #expect(text == "Nagpulong ang mga opisyal.\n")
    #expect(notices.isEmpty)
  }

  @Test func aStaleTranslationIsMarkedAndReported() throws {
    let (markdown, notices) = try Self.render(.korean, .markdown)
    #expect(markdown == "[stale: 당국자들이 만났다.]\n")
    #expect(
      notices.map(\.description) == [
        "stale.yaml:7:7: stale ko text for text:lead: its source text changed since it was"
          + " translated (salin extract exports it for review)"
      ])
    let (html, _) = try Self.render(.korean, .html)
    #expect(
      html.contains(
        "<p><span class=\"stale\" title=\"translated from an older source text\">당국자들이 만났다.</span></p>"
      ))
    let (json, _) = try Self.render(.korean, .json)
    #expect(json.contains("\"stale\" : true"))
  }

  @Test func strictRefusesAStaleTranslation() throws {
    #expect(throws: RenderError.self) { try Self.render(.korean, .markdown, strict: true) }
    _ = try Self.render(.tagalog, .markdown, strict: true)
  }
}
