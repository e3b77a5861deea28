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
