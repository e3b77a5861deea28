import Testing

@testable import SalinICU

@Suite("ICUScript")
struct ICUScriptTests {
  @Test(
    arguments: [
      ("a", ICUScriptCode.latin, "Latn", "Latin"), ("Z", .latin, "Latn", "Latin"),
      ("ñ", .latin, "Latn", "Latin"), ("한", .hangul, "Hang", "Hangul"),
      ("ㄱ", .hangul, "Hang", "Hangul"), ("韓", .han, "Hani", "Han"),
      ("ひ", .hiragana, "Hira", "Hiragana"), ("カ", .katakana, "Kana", "Katakana"),
      ("Ж", .cyrillic, "Cyrl", "Cyrillic"), ("Ω", .greek, "Grek", "Greek"),
      ("ع", .arabic, "Arab", "Arabic"), ("ᜀ", .tagalog, "Tglg", "Tagalog"),
      ("5", .common, "Zyyy", "Common"), (" ", .common, "Zyyy", "Common"),
      ("@", .common, "Zyyy", "Common"), ("[", .common, "Zyyy", "Common"),
      ("😀", .common, "Zyyy", "Common"), ("\u{301}", .inherited, "Zinh", "Inherited"),
      ("\u{0378}", .unknown, "Zzzz", "Unknown"),
    ] as [(Unicode.Scalar, ICUScriptCode, String, String)])
  func scriptOfScalar(
    scalar: Unicode.Scalar, script: ICUScriptCode, shortName: String, name: String
  ) {
    #expect(ICUScript.script(of: scalar) == script)
    #expect(script.shortName == shortName)
    #expect(script.name == name)
  }

  /// The ASCII fast path must agree with ICU for every ASCII scalar.
  @Test func asciiFastPathAgreesWithICU() {
    for value in UInt32(0)..<0x80 {
      let scalar = Unicode.Scalar(value)!
      let expected: ICUScriptCode = scalar.properties.isAlphabetic ? .latin : .common
      #expect(ICUScript.script(of: scalar) == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test(arguments: [
    ("Mga Detalye", [ICUScriptCode.latin: 10]),
    ("세부 정보 (2023)", [.hangul: 4]),
    ("EDSCG 회의가 열렸다.", [.latin: 5, .hangul: 6]),
    ("café", [.latin: 4]),
    ("cafe\u{301}", [.latin: 4]),
    ("2023-04-26, 10:00 😀", [:]),
    ("日本語のテキスト", [.han: 3, .hiragana: 1, .katakana: 4]),
  ])
  func countsLettersPerScript(text: String, counts: [ICUScriptCode: Int]) {
    #expect(ICUScript.scripts(in: text) == counts)
    #expect(ICUScript.scripts(in: text[...]) == counts)
  }

  @Test(
    arguments: [
      ("Mga Detalye", ICUScriptCode.latin), ("EDSCG 회의가 열렸다.", .hangul), ("ab 가나", .latin),
      ("2023", nil),
    ] as [(String, ICUScriptCode?)])
  func dominantScript(text: String, script: ICUScriptCode?) {
    #expect(ICUScript.dominantScript(in: text[...]) == script)
  }
}
