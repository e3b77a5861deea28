import SalinCatalog
import SalinCore
import SalinRender
import Testing

/// Renders walk the briefing's layout, made by the first render of a briefing value and kept
/// with it: renders after a change must see the change, and renders of one value must agree.
@Suite("Rendering through the briefing's layout")
struct RenderLayoutTests {
  @Test(
    "Rendering a briefing twice gives the same document",
    arguments: [
      Language.english, .tagalog, .korean,
    ])
  func renderingTwiceAgrees(locale: Language) throws {
    let seed = try RenderFixtures.seed()
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let first = try renderer.render(seed, locale: locale)
    let second = try renderer.render(seed, locale: locale)
    #expect(first == second)
    #expect(JSONWriter().write(first) == JSONWriter().write(second))
  }

  @Test("A render after a change renders the changed briefing")
  func renderAfterChange() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    var briefing = try RenderFixtures.missingTagalogBriefing()
    let before = try renderer.render(briefing, locale: .tagalog)
    #expect(before.fallbacks.count == 1)
    briefing.content.sources = ["Other Agency"]
    briefing.content.sections[0].blocks = [
      .paragraph([.text(TextUnit(id: "two", variants: [.english: "Now.", .tagalog: "Ngayon."]))])
    ]
    let after = try renderer.render(briefing, locale: .tagalog)
    #expect(after.fallbacks.isEmpty)
    let markdown = MarkdownWriter().write(after)
    #expect(markdown.contains("Ngayon."))
    #expect(markdown.contains("Other Agency"))
    #expect(!markdown.contains(": Agency."))
  }

  @Test("A changed fallback chain is followed")
  func changedChain() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    var briefing = try RenderFixtures.missingTagalogBriefing()
    _ = try renderer.render(briefing, locale: .tagalog)
    briefing.metadata.fallbacks = [.tagalog: [.korean]]
    let document = try renderer.render(briefing, locale: .tagalog)
    #expect(document.fallbacks.map(\.usedLocale) == [.korean])
    #expect(MarkdownWriter().write(document).contains("한국어로만."))
  }
}
