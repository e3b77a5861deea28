import Testing

@testable import SalinICU

@Suite("ICULocale")
struct ICULocaleTests {
  @Test(arguments: [
    ("en", "en"), ("tl", "fil"), ("ko", "ko"), ("ko-KR", "ko_KR"), ("tl_PH", "fil_PH"),
  ])
  func mapsTagToICUID(tag: String, icuID: String) throws {
    #expect(try ICULocale(tag).icuID == icuID)
  }

  @Test(arguments: ["", "not a tag", "en/US"])
  func rejectsMalformedTags(tag: String) {
    #expect(throws: ICUError.self) { try ICULocale(tag) }
  }
}

@Suite("ICULocale data")
struct ICULocaleDataTests {
  /// `ures_open` finds data for these (or a parent other than the root).
  @Test(arguments: ["en", "tl", "ko", "es-MX", "ja", "zh-Hant-TW", "de-CH", "en-XX", "und"])
  func hasData(tag: String) throws {
    #expect(try ICULocale(tag).hasData)
  }

  /// …and none for these, which would format as the root locale.
  @Test(arguments: ["qaa", "zz", "fu-BA", "tlh"])
  func hasNoData(tag: String) throws {
    #expect(try !ICULocale(tag).hasData)
  }
}
