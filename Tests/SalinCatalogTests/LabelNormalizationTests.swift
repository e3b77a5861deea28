import Testing

@testable import SalinCatalog

/// The form labels are compared in, whichever way it is computed: ASCII text on its bytes, text
/// whose scalars are each a character by scalars, anything else by characters.
@Suite("LabelIndex.normalized")
struct LabelNormalizationTests {
  @Test(arguments: [
    // ASCII: case folded, whitespace collapsed, the trailing colon and the space before it gone.
    ("  Mga   PINAGMULAN :", "mga pinagmulan"),
    ("In response :\r\n", "in response"),
    // Hangul with a no-break space and a full-width colon.
    ("세부\u{00A0}내용：", "세부 내용"),
    // Latin with Ñ, an ideographic space and a tab.
    ("PagsasaliÑ\u{3000}ng\t Teksto:", "pagsasaliñ ng teksto"),
    // A combining accent: composed (NFC) first.
    ("E\u{301}TUDE  ", "étude"),
    // A space carrying a combining accent is one whitespace character: it goes whole.
    (" \u{301}A B", "a b"),
  ])
  func normalizes(text: String, expected: String) {
    #expect(LabelIndex.normalized(text) == expected)
  }
}
