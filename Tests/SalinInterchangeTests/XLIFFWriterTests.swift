import SalinCore
import Testing

@testable import SalinInterchange

@Suite("XLIFF writers")
struct XLIFFWriterTests {
  static let file = TranslationFile(
    sourceLanguage: .english, targetLanguage: .korean,
    units: [
      TranslationUnit(
        id: "participants.count", source: "{n, plural, one {# participant} other {# participants}}",
        target: "참석자 {n, plural, other {#명}}", state: .needsReview,
        sourceNote: "Counts & names <them>.", variants: ["참가자"], allowsSameText: false,
        previousSource: "{n} participants")
    ])

  @Test func xliff20() {
    #expect(
      XLIFF2.write([Self.file]) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="ko">
          <file id="catalog">
            <unit id="participants.count">
              <mda:metadata>
                <mda:metaGroup category="salin" appliesTo="target">
                  <mda:meta type="variant">참가자</mda:meta>
                </mda:metaGroup>
              </mda:metadata>
              <notes>
                <note category="description" appliesTo="source">Counts &amp; names &lt;them&gt;.</note>
                <note category="salin:previous-source" appliesTo="source">{n} participants</note>
              </notes>
              <originalData>
                <data id="d1">{n, plural,</data>
                <data id="d2">}</data>
                <data id="d3"> one {</data>
                <data id="d4">#</data>
                <data id="d5"> other {</data>
              </originalData>
              <segment state="initial" subState="salin:needs-review">
                <source><pc id="1" dataRefStart="d1" dataRefEnd="d2" canDelete="no" canOverlap="no"><pc id="2" dataRefStart="d3" dataRefEnd="d2" canOverlap="no"><ph id="3" dataRef="d4" disp="#" canDelete="no"/> participant</pc><pc id="4" dataRefStart="d5" dataRefEnd="d2" canOverlap="no"><ph id="5" dataRef="d4" disp="#" canDelete="no"/> participants</pc></pc></source>
                <target>참석자 <pc id="1" dataRefStart="d1" dataRefEnd="d2" canDelete="no" canOverlap="no"><pc id="4" dataRefStart="d5" dataRefEnd="d2" canOverlap="no"><ph id="3" dataRef="d4" disp="#" canDelete="no"/>명</pc></pc></target>
              </segment>
            </unit>
          </file>
        </xliff>

        """)
  }

  @Test func xliff12() {
    #expect(
      XLIFF12.write([Self.file]).contains(
        """
              <trans-unit id="participants.count" resname="participants.count" xml:space="preserve">
                <source><bpt id="1">{n, plural,</bpt><bpt id="2"> one {</bpt><ph id="3">#</ph> participant<ept id="2">}</ept><bpt id="4"> other {</bpt><ph id="5">#</ph> participants<ept id="4">}</ept><ept id="1">}</ept></source>
                <target state="needs-review-translation">참석자 <bpt id="1">{n, plural,</bpt><bpt id="4"> other {</bpt><ph id="3">#</ph>명<ept id="4">}</ept><ept id="1">}</ept></target>
        """))
  }

  @Test(arguments: [InterchangeFormat.xliff, .xliff12])
  func readsWhatItWrites(format: InterchangeFormat) throws {
    let text = format.write([Self.file]).text
    let read = try InterchangeReader.read(bytes: Array(text.utf8), path: "x.ko.xlf")
    #expect(read.count == 1)
    #expect(read[0].units == Self.file.units)
    #expect(read[0].targetLanguage == .korean)
  }

  @Test(arguments: [
    (TranslationState.new, "initial", nil as String?),
    (.needsReview, "initial", "salin:needs-review"),
    (.translated, "translated", nil), (.final, "final", nil),
  ])
  func statesTravel(state: TranslationState, xliff: String, subState: String?) throws {
    var file = Self.file
    file.units[0].state = state
    let text = XLIFF2.write([file])
    #expect(
      text.contains(
        "<segment state=\"\(xliff)\"" + (subState.map { " subState=\"\($0)\"" } ?? "") + ">"))
    let read = try InterchangeReader.read(bytes: Array(text.utf8), path: "x.xlf")
    #expect(read[0].units[0].state == state)
    let po = POFormat.write([file], template: false).text
    #expect(po.contains("#, fuzzy") == (state == .needsReview || state == .new))
    let poRead = try InterchangeReader.read(bytes: Array(po.utf8), path: "x.po")
    #expect(
      poRead[0].units[0].state
        == (state == .new ? .needsReview : state == .final ? .translated : state))
  }
}
