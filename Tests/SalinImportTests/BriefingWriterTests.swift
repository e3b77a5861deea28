import Foundation
import SalinBriefing
import SalinCore
import SalinRender
import Testing

/// `BriefingWriter` is the loader's inverse: what it writes loads, means the same, and is stable.
/// (Its tests live here, beside its client the importer, whose engineer wrote it.)
@Suite("BriefingWriter")
struct BriefingWriterTests {
  static func seed() throws -> Briefing {
    try BriefingLoader().load(
      contentsOf: ImportFixtures.seedBriefingURL, displayPath: "seeds/edscg-5.briefing.yaml")
  }

  /// The seed briefing — entities, facts, messages with nested bindings, tables, three languages —
  /// written and loaded back renders exactly as the original in every locale.
  @Test(arguments: [Language.english, .tagalog, .korean])
  func theSeedRoundTrips(locale: Language) throws {
    let original = try Self.seed()
    let copy = try ImportFixtures.throughYAML(original)
    #expect(copy.entities.keys.sorted() == original.entities.keys.sorted())
    #expect(copy.facts.declarations.keys.sorted() == ["washington-declaration"])
    #expect(copy.textUnits.map(\.id) == original.textUnits.map(\.id))
    // JSON is left out: its provenance names each span's line in the file, which differs.
    for format in [OutputFormat.text, .markdown, .html] {
      #expect(
        try ImportFixtures.render(copy, locale, format: format)
          == ImportFixtures.render(original, locale, format: format))
    }
  }

  @Test func writingIsStable() throws {
    let once = try BriefingWriter().write(try Self.seed())
    let twice = try BriefingWriter().write(try BriefingLoader().load(yaml: once, file: "once.yaml"))
    #expect(once == twice)
  }

  /// Text that YAML would misread in plain style is quoted; the loader gets the exact string back.
  @Test(arguments: [
    " leading space", "trailing space ", "yes", "null", "2025", "3.5", "a: b", "# not a comment",
    "- not a list", "{{braces}}", "[brackets]", "'quoted'", "\"double\"", "tab\there", "", "~",
    "Korea’s 제5차 회의 — Mga Detalye", "line\nbreak", "sa c}lep{a.", "{a.", "a}", "} {",
  ])
  func awkwardTextSurvives(text: String) throws {
    let briefing = Briefing(
      metadata: BriefingMetadata(id: "x", sourceLanguage: .english, languages: [.english]),
      content: BriefingContent(lead: [
        .paragraph([.text(TextUnit(id: "p", variants: [.english: text]))])
      ]))
    let loaded = try ImportFixtures.throughYAML(briefing)
    #expect(loaded.textUnits.first?.variants[.english] == text)
  }

  @Test func aSmallBriefingIsWrittenInTheDocumentedShape() throws {
    let briefing = Briefing(
      metadata: BriefingMetadata(
        id: "tiny", sourceLanguage: .english, languages: [.english, .tagalog]),
      content: BriefingContent(
        lead: [
          .paragraph([
            .text(TextUnit(id: "lead", variants: [.tagalog: "Kumusta.", .english: "Hello."]))
          ])
        ],
        sections: [
          Section(
            heading: [.label(LabelKey("label.summary"))],
            blocks: [
              .table(
                Table(
                  columns: [LabelKey("label.details")],
                  rows: [[[.text(TextUnit(id: "c", variants: [.english: "Yes"]))]]]))
            ])
        ],
        sources: ["THX News", "Agency, Inc."]))
    #expect(
      try BriefingWriter(headerComment: "tiny\n\nexample").write(briefing) == """
        # tiny
        #
        # example
        salin-briefing: 1
        id: tiny
        source-language: en
        languages: [en, tl]
        lead:
        - paragraph:
            id: lead
            en: Hello.
            tl: Kumusta.
        sections:
        - heading: {label: label.summary}
          blocks:
          - table:
              columns: [label.details]
              rows:
              - - id: c
                  en: "Yes"
        sources: [THX News, 'Agency, Inc.']

        """)
  }
}
