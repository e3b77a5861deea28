import Testing

@testable import SalinICU

@Suite("ICUNormalizer")
struct ICUNormalizerTests {
  @Test(arguments: [
    ("cafe\u{301}", "caf\u{E9}"),  // e + combining acute -> é
    ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),  // conjoining jamo ᄀ ᅡ ᆨ -> 각
    ("Ama\u{301}", "Am\u{E1}"),  // Tagalog stress accent, decomposed
    ("\u{212B}", "\u{C5}"),  // ANGSTROM SIGN is a singleton: NFC gives Å
    ("plain ASCII", "plain ASCII"),
    ("이미 NFC", "이미 NFC"),
  ])
  func composes(input: String, nfc: String) throws {
    let result = try ICUNormalizer.nfc(input)
    #expect(Array(result.unicodeScalars) == Array(nfc.unicodeScalars))
    #expect(ICUNormalizer.isNFC(result))
  }

  @Test(arguments: [
    ("caf\u{E9}", true), ("cafe\u{301}", false), ("\u{1100}\u{1161}", false), ("한국", true),
    ("", true), ("abc", true),
  ])
  func detectsNFC(input: String, isNFC: Bool) {
    #expect(ICUNormalizer.isNFC(input) == isNFC)
  }
}
