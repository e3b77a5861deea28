import SalinDocuments
import Testing

/// `XMLText`: a target's content bytes, and the runs of its text that are copies of them — never
/// a piece whose bytes differ from the text it maps (a finding would point at other words).
@Suite("XMLText")
struct XMLTextTests {
  /// The content of the element whose start tag opens the text.
  static func content(_ xml: String) -> (bytes: [UInt8], range: Range<Int>) {
    let bytes = Array(xml.utf8)
    return (bytes, XMLText.contentRange(ofElementAt: 0, in: bytes))
  }

  @Test(arguments: [
    ("<target>Mga Detalye</target>", "Mga Detalye"),
    ("<target state=\"a>b\">Buod</target>", "Buod"),
    ("<xlf:target>Buod</xlf:target>", "Buod"),
    ("<target/>", ""),
    ("<target>Buod</targetx></target>", "Buod</targetx>"),
    ("<target>Buod", "Buod"),
  ])
  func contentRange(xml: String, expected: String) {
    let (bytes, range) = Self.content(xml)
    #expect(String(decoding: bytes[range], as: UTF8.self) == expected)
  }

  /// Each piece copies its bytes exactly; entities, codes, comments and CR are gaps.
  @Test(arguments: [
    (
      "<target>Seoul &amp; Tokyo ang misil.</target>", "Seoul & Tokyo ang misil.",
      ["Seoul ", " Tokyo ang misil."]
    ),
    (
      "<target>ang <ph id=\"1\" dataRef=\"d1\"/>~ng pulong</target>", "ang {n}~ng pulong",
      ["ang ", "~ng pulong"]
    ),
    ("<target>A<![CDATA[ <b> ]]>B</target>", "A <b> B", ["A", " <b> ", "B"]),
    ("<target>Una\r\nIkalawa<!-- salin: x --></target>", "Una\nIkalawa", ["Una", "\nIkalawa"]),
    ("<target>&#x48;angul 한국</target>", "Hangul 한국", ["angul 한국"]),
    ("<target>X<g id=\"1\">경주</g>에서</target>", "X경주에서", ["X", "경주", "에서"]),
  ])
  func piecesAreExactCopies(xml: String, text: String, expected: [String]) {
    let (bytes, range) = Self.content(xml)
    let pieces = XMLText.pieces(of: text, in: bytes, content: range)
    let textBytes = Array(text.utf8)
    for piece in pieces {
      #expect(
        bytes[piece.sourceOffset..<piece.sourceOffset + piece.length]
          == textBytes[piece.textOffset..<piece.textOffset + piece.length])
    }
    #expect(
      pieces.map {
        String(decoding: bytes[$0.sourceOffset..<$0.sourceOffset + $0.length], as: UTF8.self)
      } == expected)
  }
}
