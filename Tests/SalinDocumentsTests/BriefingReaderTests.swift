import Foundation
import SalinCore
import SalinDocuments
import Testing

@Suite("BriefingReader")
struct BriefingReaderTests {
  static let briefing = """
    salin-briefing: 1
    id: tiny
    source-language: en
    languages: [en, tl, ko]
    entities:
      edscg:
        organisation: {en: EDSCG, tl: EDSCG, ko: 확장억제전략협의체}
    lead:
      - paragraph:
          id: lead
          with:
            org: {entity: edscg}
          en: Officials of the {org} met again.
          tl: "Nagpulong muli ang mga opisyal ng {org}."
          ko: '{org} 당국자들이 다시 만났다.'
          made-from: {tl: 000000000000, ko: 18755364e079}
    sections:
      - heading: {id: heading, en: Details, tl: Mga Detalye, ko: 세부 정보}
        blocks:
          - paragraph:
              id: folded
              en: >-
                One line
                and another.
              tl: Isang linya.

    """

  static func read(_ text: String = briefing, path: String = "tiny.briefing.yaml") throws
    -> Document
  {
    try DocumentReader.read(bytes: Array(text.utf8), path: path)
  }

  /// Each variant is a segment in its own locale at its own place, placeholders left out.
  @Test func variantsInTheirLocalesWithPositions() throws {
    let document = try Self.read()
    #expect(document.format == .briefing)
    #expect(document.declaredLanguage == DeclaredLanguage(language: .english, source: .briefing))
    #expect(
      document.segments.map(\.kind) == [
        .briefingText(unit: "lead", locale: .english),
        .briefingText(unit: "lead", locale: .tagalog),
        .briefingText(unit: "lead", locale: .korean),
        .briefingText(unit: "heading", locale: .english),
        .briefingText(unit: "heading", locale: .tagalog),
        .briefingText(unit: "heading", locale: .korean),
        .briefingText(unit: "folded", locale: .english),
        .briefingText(unit: "folded", locale: .tagalog),
      ])
    #expect(
      document.segments.map(\.text) == [
        "Officials of the   met again.", "Nagpulong muli ang mga opisyal ng  .",
        "당국자들이 다시 만났다.", "Details", "Mga Detalye", "세부 정보", "One line and another.",
        "Isang linya.",
      ])
    #expect(
      document.segments.map(\.range.start) == [
        SourcePosition(utf8Offset: 251, line: 13, column: 11),
        // Inside the quotes, and past a leading placeholder.
        SourcePosition(utf8Offset: 296, line: 14, column: 12),
        SourcePosition(utf8Offset: 355, line: 15, column: 18),
        SourcePosition(utf8Offset: 485, line: 18, column: 32),
        SourcePosition(utf8Offset: 498, line: 18, column: 45),
        SourcePosition(utf8Offset: 515, line: 18, column: 62),
        SourcePosition(utf8Offset: 611, line: 23, column: 13),
        SourcePosition(utf8Offset: 659, line: 25, column: 15),
      ])
    // A folded scalar's second line maps onto its own line.
    let another = document.segments[6].sourceOffsets(ofTextUTF8: 9..<12)
    #expect(document.lines.position(of: another.lowerBound).line == 24)
    // A unit that is a whole heading or paragraph may hold a label, as a line of an article may.
    #expect(document.segments[3].labelText == "Details")
    // Entity names are names in every language.
    #expect(document.names.isSuperset(of: ["EDSCG", "확장억제전략협의체"]))
  }

  /// A briefing's source/target pairs: what translation QA and SL010 read.
  @Test func translationsBesideTheirSource() throws {
    let document = try Self.read()
    let pairs = document.briefingTranslations
    #expect(pairs.map(\.unit) == ["lead", "lead", "heading", "heading", "folded"])
    #expect(pairs.map(\.language) == [.tagalog, .korean, .tagalog, .korean, .tagalog])
    let lead = pairs[0]
    #expect(lead.source == "Officials of the {org} met again.")
    #expect(lead.target == "Nagpulong muli ang mga opisyal ng {org}.")
    #expect(lead.sourceRange == 251..<284)
    #expect(lead.targetRange == 296..<336)
    #expect(lead.madeFrom == "000000000000")
    #expect(lead.sourceFingerprint == "18755364e079")
    #expect(lead.isStale)
    #expect(!pairs[1].isStale)
    #expect(pairs[2].madeFrom == nil && !pairs[2].isStale)
  }

  /// One document per locale, each declaring it and holding its own segments and translations.
  @Test func languageParts() throws {
    let parts = try Self.read().languageParts
    #expect(parts.map { $0.declaredLanguage?.language } == [.english, .korean, .tagalog])
    #expect(parts.map(\.segments.count) == [3, 2, 3])
    #expect(parts.map(\.briefingTranslations.count) == [0, 2, 3])
    #expect(parts.allSatisfy { $0.declaredLanguage?.source == .briefing })
    let markdown = try DocumentReader.read(bytes: Array("# Title\n".utf8), path: "a.md")
    #expect(markdown.languageParts.count == 1)
  }

  /// A YAML file whose first key is `salin-briefing` is a briefing whatever its name; other YAML
  /// files stay catalogs.
  @Test(arguments: ["bad.yaml", "notes/b.yml", "x.briefing.yml", "X.Briefing.YAML"])
  func briefingByContentOrName(path: String) throws {
    let text = "# a comment\n\n---\n" + Self.briefing
    #expect(try Self.read(text, path: path).format == .briefing)
  }

  @Test func briefingFileNames() {
    #expect(DocumentFormat.inferred(fromPath: "seeds/edscg-5.briefing.yaml") == .briefing)
    #expect(DocumentFormat.inferred(fromPath: "a.briefing.yml") == .briefing)
    #expect(DocumentFormat.inferred(fromPath: "tl.yaml") == .catalog)
  }

  /// A briefing the loader refuses is one line at its first problem, saying how many more.
  @Test func invalidBriefingIsOneLine() throws {
    let text = """
      salin-briefing: 1
      id: bad
      source-language: en
      titel: x
      lead:
        - paragraph: {en: One.}

      """
    #expect {
      try Self.read(text, path: "bad.briefing.yaml")
    } throws: { error in
      "\(error)" == "bad.briefing.yaml:4:1: invalid briefing: unknown field 'titel'"
    }
    let several =
      text.replacingOccurrences(of: "{en: One.}", with: "{en: 'One {x}.'}")
      .replacingOccurrences(of: "titel: x\n", with: "")
      + "sections:\n  - heading: {en: 'Two {y}.'}\n"
    #expect {
      try Self.read(several, path: "b.briefing.yaml")
    } throws: { error in
      "\(error)"
        == "b.briefing.yaml:5:21: invalid briefing: text unit 'lead[0].paragraph' uses placeholder "
        + "'{x}' with no binding in 'with' (and 1 more problem: salin render lists them all)"
    }
  }
}
