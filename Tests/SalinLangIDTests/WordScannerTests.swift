import SalinCore
import Testing

@testable import SalinLangID

@Suite("WordScanner")
struct WordScannerTests {
  private func words(_ text: String) -> [String] {
    let scanned = WordScanner.scan(text)
    return scanned.words.map { word in
      String(
        String.UnicodeScalarView(scanned.letters[word.letters].compactMap(Unicode.Scalar.init)))
    }
  }

  @Test(arguments: [
    (
      "Mga pinagmumulan: THX News & US Department of State.",
      ["mga", "pinagmumulan", "thx", "news", "us", "department", "of", "state"]
    ),
    ("pag-ibig, ito’y 'quoted' well- done", ["pag-ibig", "ito'y", "quoted", "well", "done"]),
    ("LG전자 6자회담", ["lg", "전자", "자회담"]),
    ("ÉCOLE Ñandú", ["école", "ñandú"]),
    ("2024 — !!", []),
  ])
  func splitsIntoLowerCasedWords(text: String, expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test func recordsCaseOffsetsAndSentenceStarts() {
    let scanned = WordScanner.scan("US met Kim. 세부 정보")
    #expect(scanned.words.map(\.isAllCaps) == [true, false, false, false, false])
    #expect(scanned.words.map(\.isCapitalized) == [true, false, true, false, false])
    #expect(scanned.words.map(\.startsSentence) == [true, false, false, true, false])
    #expect(scanned.words.map(\.utf8Range) == [0..<2, 3..<6, 7..<10, 12..<18, 19..<25])
    #expect(scanned.words.map(\.scalarRange) == [0..<2, 3..<6, 7..<10, 12..<14, 15..<17])
  }
}
