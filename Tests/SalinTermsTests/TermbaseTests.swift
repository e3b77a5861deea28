import Foundation
import SalinCore
import SalinTerms
import SalinTestSupport
import Testing

@Suite("Termbase: YAML and TBX")
struct TermbaseTests {
  static let yaml = """
    salin-termbase: 1
    concepts:
      - id: missile
        note: Philippine news keeps the English word.
        source: PNA usage
        terms:
          en: missile
          tl: {preferred: missile, forbidden: [misil]}
          ko: {preferred: 미사일, admitted: [유도탄]}
      - id: edscg
        terms:
          en: {preferred: Extended Deterrence Strategy and Consultation Group, short: [EDSCG]}
    """

  @Test func readsTheYAMLForm() throws {
    let termbase = try TermbaseYAML.read(Self.yaml, path: "t.yaml")
    #expect(termbase.concepts.map(\.id) == ["missile", "edscg"])
    let missile = termbase.concepts[0]
    #expect(missile.preferred(in: .tagalog) == "missile")
    #expect(missile.terms(.forbidden, in: .tagalog) == ["misil"])
    #expect(missile.terms(.admitted, in: .korean) == ["유도탄"])
    #expect(missile.note == "Philippine news keeps the English word.")
    #expect(missile.source == "PNA usage")
    #expect(
      termbase.concepts[1].terms[.english]?.last == Term("EDSCG", .admitted, isShortForm: true))
    #expect(missile.location?.description == "t.yaml:3:5")
  }

  /// libyaml ends a line at NEL, LS and PS, an editor does not: a concept after a note with an
  /// LS in it is placed on the editor's line.
  @Test func locationsAfterALineSeparatorAreTheEditorsLines() throws {
    let yaml =
      "salin-termbase: 1\nconcepts:\n  - id: a\n    note: \"x\u{2028}y\"\n    terms: {en: a}\n"
      + "  - id: b\n    terms: {en: b}\n"
    let termbase = try TermbaseYAML.read(yaml, path: "t.yaml")
    #expect(termbase.concepts.map { $0.location?.description } == ["t.yaml:3:5", "t.yaml:6:5"])
  }

  /// YAML → TBX-Basic → back reads the same termbase; YAML → YAML too.
  @Test func roundTrips() throws {
    let termbase = try TermbaseYAML.read(Self.yaml, path: "t.yaml")
    let tbx = TBXWriter.write(termbase)
    #expect(tbx.contains(#"<tbx style="dca" type="TBX-Basic""#))
    #expect(
      tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    var fromTBX = try TBXReader.read(Data(tbx.utf8), path: "t.tbx")
    var fromYAML = try TermbaseYAML.read(TermbaseYAML.write(termbase), path: "t2.yaml")
    var expected = termbase
    for index in expected.concepts.indices { expected.concepts[index].location = nil }
    for index in fromTBX.concepts.indices { fromTBX.concepts[index].location = nil }
    for index in fromYAML.concepts.indices { fromYAML.concepts[index].location = nil }
    #expect(fromTBX == expected)
    #expect(fromYAML == expected)
  }

  /// TBX v2 (martif, termEntry/langSet/tig) as other tools export it.
  @Test func readsTBXVersion2() throws {
    let tbx = """
      <?xml version="1.0" encoding="UTF-8"?>
      <martif type="TBX-Basic" xml:lang="en">
        <text><body>
          <termEntry id="c1">
            <descrip type="definition">A rocket-propelled weapon.</descrip>
            <langSet xml:lang="en"><tig><term>missile</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
            <langSet xml:lang="tl">
              <tig><term>missile</term></tig>
              <tig><term>misil</term>
                <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
            </langSet>
          </termEntry>
        </body></text>
      </martif>
      """
    let termbase = try TBXReader.read(Data(tbx.utf8), path: "v2.tbx")
    let concept = try #require(termbase.concepts.first)
    #expect(concept.id == "c1")
    #expect(concept.note == "A rocket-propelled weapon.")
    #expect(concept.terms[.tagalog] == [Term("missile", .admitted), Term("misil", .forbidden)])
    #expect(concept.preferred(in: .tagalog) == "missile")
  }

  /// TBX-Min's own format (entry / langGroup / termGroup / termStatus).
  @Test func readsTBXMin() throws {
    let tbx = """
      <TBX dialect="TBX-Min"><body>
        <entry id="e1">
          <langGroup xml:lang="ko"><termGroup><term>미사일</term><termStatus>preferred</termStatus></termGroup>
            <termGroup><term>미싸일</term><termStatus>notRecommended</termStatus></termGroup></langGroup>
        </entry>
      </body></TBX>
      """
    let termbase = try TBXReader.read(Data(tbx.utf8), path: "min.tbx")
    #expect(
      termbase.concepts.first?.terms[.korean] == [Term("미사일", .preferred), Term("미싸일", .forbidden)])
  }

  /// Malformed input names the file, line and column.
  @Test(arguments: [
    (
      "bad.yaml",
      "salin-termbase: 1\nconcepts:\n  - id: x\n    terms:\n      en: {preferred: [a}\n",
      "bad.yaml:5:"
    ),
    (
      "bad.yaml", "salin-termbase: 1\nconcepts:\n  - id: x\n    terms: {en: a}\n    colour: red\n",
      "bad.yaml:5:5: unknown field 'colour'"
    ),
    (
      "bad.yaml", "salin-termbase: 1\nconcepts:\n  - id: x\n    terms:\n      en: {best: a}\n",
      "bad.yaml:5:12: unknown term status 'best'"
    ),
    ("bad.yaml", "concepts: []\n", "bad.yaml:1:1: 'salin-termbase: 1' is required"),
    (
      "bad.yaml",
      "salin-termbase: 1\nconcepts:\n  - id: x\n    terms: {en: a}\n  - id: x\n    terms: {en: b}\n",
      "bad.yaml:5:5: concept 'x' is defined twice"
    ),
    (
      "bad.tbx",
      "<tbx><text><body>\n<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>a</term></termSec></langSec>\n</body></tbx>",
      "bad.tbx:3:"
    ),
    ("bad.tbx", "<html><body/></html>", "bad.tbx:1:"),
    (
      "bad.tbx",
      "<tbx><text><body>\n  <conceptEntry id=\"a\">\n    <langSec><termSec><term>a</term></termSec></langSec>\n  </conceptEntry>\n</body></text></tbx>",
      "bad.tbx:3:"
    ),
    // Both forms check a tag as every other reader does (`Language(validating:)`): the TBX
    // reader took `en_US` as it was, the YAML one had a check and a message of its own.
    (
      "bad.yaml", "salin-termbase: 1\nconcepts:\n  - id: x\n    terms:\n      en_US: a\n",
      "bad.yaml:5:7: 'en_US' is not a BCP 47 language tag (write en-US)"
    ),
    (
      "bad.tbx",
      "<tbx><text><body>\n<conceptEntry id=\"a\"><langSec xml:lang=\"en_US\"><termSec><term>a</term></termSec></langSec></conceptEntry>\n</body></text></tbx>",
      "bad.tbx:2:47: 'en_US' is not a BCP 47 language tag (write en-US)"
    ),
  ])
  func malformedInputHasAPosition(path: String, text: String, prefix: String) {
    #expect {
      _ = try Termbase.parse(Data(text.utf8), path: path)
    } throws: { error in
      "\(error)".hasPrefix(prefix)
    }
  }

  /// The seed domain's termbase loads, and every concept has an English or a note.

  @Test func theShippedTermbaseLoads() throws {
    let termbase = try Termbase.load(
      contentsOf: TestSupport.seedTermbaseURL, path: "seeds/edscg.termbase.yaml")
    #expect(termbase.concepts.count >= 15)
    #expect(termbase.languages == [.english, .korean, .tagalog])
  }
}

@Suite("TermMatcher")
struct TermMatcherTests {
  @Test func findsWholeWordsCaseInsensitivelyAndHangulBeforeParticles() throws {
    let termbase = try TermbaseYAML.read(
      """
      salin-termbase: 1
      concepts:
        - id: nuclear
          terms:
            tl: {preferred: nuclear, forbidden: [nukleyar]}
            ko: 핵
        - id: arsenal
          terms:
            ko: {preferred: 무기 전력, forbidden: [무기고]}
        - id: korea
          terms:
            ko: 한국
      """, path: "t.yaml")
    let tl = TermMatcher(termbase: termbase, language: .tagalog)
    #expect(
      tl.matches(in: "Postura Nukleyar at nuclear deterrence; nuclearization").map(\.term) == [
        "nukleyar", "nuclear",
      ])
    let ko = TermMatcher(termbase: termbase, language: .korean)
    #expect(ko.matches(in: "북한의 무기고에 대응, 핵·미사일, 대한민국과 한국").map(\.term) == ["무기고", "핵", "한국"])
  }
}
