import SalinCatalog
import SalinCore
import SalinRender
import Testing

/// Whole renderings pinned byte for byte, so that changing how the renderer stores spans or how
/// the writers build text cannot change a single character of the output.
@Suite("Render snapshots")
struct RenderSnapshotTests {
  static let seedCases: [(Language, OutputFormat)] = [
    (.english, .markdown), (.tagalog, .markdown), (.korean, .markdown), (.tagalog, .text),
    (.korean, .text), (.english, .html), (.tagalog, .html), (.korean, .html),
  ]

  @Test(arguments: seedCases)
  func seedRendersExactly(locale: Language, format: OutputFormat) throws {
    let expected = try #require(RenderSnapshots.seed(locale, format))
    #expect(
      try RenderFixtures.render(try RenderFixtures.seed(), locale, format: format) == expected)
  }

  @Test(arguments: [Language.english, .tagalog, .korean])
  func seedProvenanceIsExact(locale: Language) throws {
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs())
      .render(try RenderFixtures.seed(), locale: locale)
    #expect(RenderSnapshots.listing(document) == RenderSnapshots.seedProvenance(locale))
  }

  static let escapeCases: [(Language, OutputFormat)] = [
    (.english, .markdown), (.tagalog, .markdown), (.korean, .markdown), (.english, .text),
    (.tagalog, .text), (.korean, .text), (.tagalog, .html), (.tagalog, .json),
  ]

  /// Markup characters are escaped per format, a fallback is marked, and a star carrying a
  /// combining accent is one character that Markdown leaves alone.
  @Test(arguments: escapeCases)
  func markupCharactersAreEscaped(locale: Language, format: OutputFormat) throws {
    let expected = try #require(RenderSnapshots.escapes(locale, format))
    let briefing = try RenderFixtures.load(RenderSnapshots.escapesBriefing)
    #expect(try RenderFixtures.render(briefing, locale, format: format) == expected)
  }

  /// A document rebuilt from its public blocks writes the same text as the one rendered.
  @Test(arguments: [Language.english, .tagalog, .korean])
  func documentRebuiltFromItsBlocksIsEqual(locale: Language) throws {
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs())
      .render(try RenderFixtures.seed(), locale: locale)
    let copy = RenderedDocument(
      id: document.id, locale: document.locale, title: document.title, blocks: document.blocks,
      fallbacks: document.fallbacks, formatCalls: document.formatCalls)
    #expect(copy == document)
    for format in OutputFormat.allCases { #expect(format.write(copy) == format.write(document)) }
  }
}
