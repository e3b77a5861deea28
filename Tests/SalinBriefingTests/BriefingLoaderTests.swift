import Foundation
import SalinBriefing
import SalinCore
import SalinTestSupport
import Testing

@Suite("BriefingLoader")
struct BriefingLoaderTests {
  static let seed = TestSupport.seedBriefingURL

  @Test func loadsTheSeedBriefing() throws {
    let briefing = try BriefingLoader().load(contentsOf: Self.seed, displayPath: "seed.yaml")
    #expect(briefing.metadata.id == "edscg-5")
    #expect(briefing.metadata.languages == [.english, .tagalog, .korean])
    #expect(briefing.metadata.date == nil)  // The article gives no date for the meeting.
    #expect(briefing.facts.meeting?.session == 5)
    #expect(briefing.facts.meeting?.date == nil)
    #expect(
      briefing.facts.declarations["washington-declaration"]?.date
        == PartialDate(year: 2023, month: 4))
    #expect(briefing.facts.nextMeeting?.year == 2025)
    #expect(briefing.content.sections.count == 4)
    #expect(briefing.content.sources == ["THX News", "us-state-department"])
    guard case .table(let table) = briefing.content.sections[2].blocks.last else {
      Issue.record("the third section should end with the table")
      return
    }
    #expect(table.columns.map(\.key) == ["label.agreed-areas-of-focus", "label.details"])
    #expect(table.rows.count == 3)
    #expect(table.columns[1].location?.description == "seed.yaml:246:50")
  }

  @Test(arguments: [Language.english, .tagalog, .korean])
  func everySeedTextUnitIsTranslated(into language: Language) throws {
    let briefing = try BriefingLoader().load(contentsOf: Self.seed)
    let missing = briefing.textUnits.filter { $0.variants[language] == nil }.map(\.id)
    #expect(missing.isEmpty)
  }

  /// Each planted error, with the exact place and words a user sees.
  @Test(arguments: [
    (
      "salin-briefing: 2\nid: x\nsource-language: en\n",
      "bad.yaml:1:17: error: unsupported schema version 2 (this salin reads version 1)"
    ),
    (
      "salin-briefing: 1\nsource-language: en\n",
      "bad.yaml:1:1: error: missing required field 'id'"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\ntitel: {en: A}\n",
      "bad.yaml:4:1: error: unknown field 'titel'"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nfacts:\n  meeting:\n    series: nobody\n    session: 5\n",
      "bad.yaml:6:13: error: unknown entity 'nobody'"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nentities:\n  g: {organisation: {en: G}}\nfacts:\n  meeting: {series: g, session: five}\n",
      "bad.yaml:7:33: error: 'facts.meeting.session' must be an integer"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nlead:\n  - paragraph: {en: 'In {place}.'}\n",
      "bad.yaml:5:21: error: text unit 'lead[0].paragraph' uses placeholder '{place}' with no binding in 'with'"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nlead:\n  - paragraph: {ko: 안녕}\n",
      "bad.yaml:5:17: error: invalid language in lead[0].paragraph 'ko': expected one of the briefing's languages (en)"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nsections:\n  - heading: {en: A}\n    blocks:\n      - table:\n          columns: [{en: Details}]\n          rows: []\n",
      "bad.yaml:8:21: error: 'sections[0].blocks[0].table.columns[0]' must be a label key (headers are never text)"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nlead:\n  - paragraph: {message: m, with: {a: {fact: meeting.session}}}\n",
      "bad.yaml:5:46: error: unknown fact 'meeting.session'"
    ),
    (
      "salin-briefing: 1\nid: [x\n",
      "bad.yaml:3:1: error: YAML syntax error: while parsing a flow sequence: did not find expected ',' or ']'"
    ),
    // libyaml also ends lines at NEL, LS and PS, and would put these a line further down than
    // an editor shows them; a lone CR ends a line for both.
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nlead:\n  - paragraph: {en: \"A\u{2028}B.\"}\ntitel: {en: A}\n",
      "bad.yaml:6:1: error: unknown field 'titel'"
    ),
    (
      "salin-briefing: 1\nid: x\nsource-language: en\nlead:\n  - paragraph: {en: \"A\u{2029}B.\"}\n  - paragraph: {message: m, with: {a: {fact: meeting.session}}}\n",
      "bad.yaml:6:46: error: unknown fact 'meeting.session'"
    ),
    (
      "salin-briefing: 1\nid: \"x\u{85}y\"\nsource-language: [en\n",
      "bad.yaml:4:1: error: YAML syntax error: while parsing a flow sequence: did not find expected ',' or ']'"
    ),
    (
      "salin-briefing: 1\nid: \"x\u{2028}y\", source: [en\n",
      "bad.yaml:2:10: error: YAML syntax error: while parsing a block mapping: did not find expected key"
    ),
    (
      "salin-briefing: 1\rid: [x\n",
      "bad.yaml:3:1: error: YAML syntax error: while parsing a flow sequence: did not find expected ',' or ']'"
    ),
  ])
  func reportsPlantedErrorsWhereTheyAre(yaml: String, expected: String) {
    do {
      _ = try BriefingLoader().load(yaml: yaml, file: "bad.yaml")
      Issue.record("expected an error: \(expected)")
    } catch {
      #expect(error.description == expected)
    }
  }

  /// A mistake in the lead and one in each of two sections are all reported in one run, in file
  /// order; the sections between them still load.
  @Test func reportsAProblemInEachPartOfTheContent() throws {
    let yaml = """
      salin-briefing: 1
      id: x
      source-language: en
      lead:
        - paragraph: {en: 'In {place}.'}
      sections:
        - heading: {en: Fine}
        - heading: {en: A}
          blocks:
            - table: {columns: [{en: Details}], rows: []}
        - heading: {label: label.details}
          bloks: []
      """
    let error = try #require(throws: BriefingError.self) {
      try BriefingLoader().load(yaml: yaml, file: "bad.yaml")
    }
    #expect(
      error.description == """
        bad.yaml:5:21: error: text unit 'lead[0].paragraph' uses placeholder '{place}' with no binding in 'with'
        bad.yaml:10:27: error: 'sections[1].blocks[0].table.columns[0]' must be a label key (headers are never text)
        bad.yaml:12:5: error: unknown field 'sections[2].bloks'
        """)
    #expect(error.additional.count == 2)
  }

  /// Latin-1 bytes are named at their line and column, not with Foundation's "not in the correct
  /// format".
  @Test func reportsInvalidUTF8AtItsPosition() throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("latin1.briefing.yaml")
    // "title: Caf" then é as the single Latin-1 byte E9, on line 2.
    try Data(Array("schema: 1\ntitle: Caf".utf8) + [0xE9, 0x0A]).write(to: url)
    let error = try #require(throws: BriefingError.self) {
      try BriefingLoader().load(contentsOf: url, displayPath: "latin1.briefing.yaml")
    }
    #expect(
      error.description
        == "latin1.briefing.yaml:2:11: error: not valid UTF-8: save the briefing as UTF-8 (for "
        + "example with iconv -t UTF-8)")
  }

  /// In the system's words, as `salin lint` says it, not Foundation's "The operation could not
  /// be completed. The file doesn't exist."
  @Test func reportsAnUnreadableFile() {
    let error = #expect(throws: BriefingError.self) {
      try BriefingLoader().load(contentsOf: URL(fileURLWithPath: "/nonexistent/briefing.yaml"))
    }
    #expect(
      error?.description
        == "/nonexistent/briefing.yaml:1:1: error: cannot read briefing: no such file or directory")
  }
}
