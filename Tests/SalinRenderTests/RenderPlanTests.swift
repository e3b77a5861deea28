import SalinCatalog
import SalinCore
import SalinRender
import Testing

/// A render from a `RenderPlan` is the render of the briefing it was made from, span for span.
@Suite("RenderPlan")
struct RenderPlanTests {
  @Test(
    "The seed rendered from a plan equals the seed rendered directly",
    arguments: [
      Language.english, .tagalog, .korean,
    ])
  func seedFromPlan(locale: Language) throws {
    let seed = try RenderFixtures.seed()
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let plan = RenderPlan(seed)
    let planned = try renderer.render(plan, locale: locale)
    let direct = try renderer.render(seed, locale: locale)
    #expect(planned == direct)
    #expect(JSONWriter().write(planned) == JSONWriter().write(direct))
    #expect(MarkdownWriter().write(planned) == MarkdownWriter().write(direct))
  }

  @Test("A plan falls back as a direct render does, and strict refuses it")
  func fallbackFromPlan() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let briefing = try RenderFixtures.missingTagalogBriefing()
    let plan = RenderPlan(briefing)
    let document = try renderer.render(plan, locale: .tagalog)
    #expect(document == (try renderer.render(briefing, locale: .tagalog)))
    #expect(
      document.fallbacks.map(\.description) == [
        "fixture.yaml:10:20: no tl text for text:two; used en (fallback step 1)"
      ])
    #expect(MarkdownWriter().write(document).contains("Only in English."))
    #expect(throws: RenderError.self) { try renderer.render(plan, locale: .tagalog, strict: true) }
  }
}
