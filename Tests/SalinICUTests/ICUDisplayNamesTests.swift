import Testing

@testable import SalinICU

@Suite("ICUDisplayNames")
struct ICUDisplayNamesTests {
  @Test(arguments: [
    ("en", "South Korea", "North Korea", "United States", "Philippines"),
    ("tl", "Timog Korea", "Hilagang Korea", "Estados Unidos", "Pilipinas"),
    ("ko", "대한민국", "북한", "미국", "필리핀"),
  ])
  func regions(localeTag: String, kr: String, kp: String, us: String, ph: String) throws {
    let names = try ICUDisplayNames.shared(locale: ICULocale(localeTag))
    #expect(try names.regionName("KR") == kr)
    #expect(try names.regionName("KP") == kp)
    #expect(try names.regionName("US") == us)
    #expect(try names.regionName("PH") == ph)
  }

  // CLDR's Filipino data names Korean "Korean", not a Tagalog word: pinned as ICU 72 gives it.
  @Test(arguments: [
    ("en", ["en": "English", "fil": "Filipino", "tl": "Tagalog", "ko": "Korean"]),
    ("tl", ["en": "Ingles", "fil": "Filipino", "tl": "Tagalog", "ko": "Korean"]),
    ("ko", ["en": "영어", "fil": "필리핀어", "tl": "타갈로그어", "ko": "한국어"]),
  ])
  func languages(localeTag: String, expected: [String: String]) throws {
    let names = try ICUDisplayNames.shared(locale: ICULocale(localeTag))
    for (code, name) in expected {
      #expect(try names.languageName(code) == name)
    }
  }

  @Test(arguments: [("en", "Latin", "Hangul"), ("tl", "Latin", "Hangul"), ("ko", "로마자", "한글")])
  func scripts(localeTag: String, latin: String, hangul: String) throws {
    let names = try ICUDisplayNames.shared(locale: ICULocale(localeTag))
    #expect(try names.scriptName("Latn") == latin)
    #expect(try names.scriptName("Hang") == hangul)
  }

  @Test(arguments: [("en", "Korean (South Korea)"), ("ko", "한국어(대한민국)")])
  func locales(localeTag: String, expected: String) throws {
    #expect(
      try ICUDisplayNames.shared(locale: ICULocale(localeTag)).localeName("ko-KR") == expected)
  }

  @Test func unknownCodesThrowRatherThanEchoTheCode() throws {
    let names = try ICUDisplayNames.shared(locale: ICULocale("en"))
    #expect(throws: ICUError.self) { try names.regionName("XY") }
    #expect(throws: ICUError.self) { try names.languageName("qqq") }
  }

  /// An unshared instance opens and closes its own handle.
  @Test func unsharedInstance() throws {
    #expect(try ICUDisplayNames(locale: ICULocale("ko")).regionName("PH") == "필리핀")
  }
}
