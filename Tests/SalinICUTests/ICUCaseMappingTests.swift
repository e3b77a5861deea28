import Testing

@testable import SalinICU

@Suite("ICUCaseMapping")
struct ICUCaseMappingTests {
  @Test(arguments: [
    ("en", "Mga Detalye", "mga detalye", "MGA DETALYE"),
    ("tl", "Ikalimang Pulong", "ikalimang pulong", "IKALIMANG PULONG"),
    ("ko", "EDSCG 회의", "edscg 회의", "EDSCG 회의"),
    ("en", "Straße", "straße", "STRASSE"),
    ("en", "ΟΔΟΣ", "οδος", "ΟΔΟΣ"),  // final sigma: Greek is context-sensitive
    ("tr", "Istanbul İzmir", "ıstanbul izmir", "ISTANBUL İZMİR"),
    ("az", "Ii", "ıi", "Iİ"),
    ("en", "", "", ""),
  ])
  func mapsCase(localeTag: String, text: String, lower: String, upper: String) throws {
    let locale = try ICULocale(localeTag)
    #expect(try ICUCaseMapping.lowercased(text, locale: locale) == lower)
    #expect(try ICUCaseMapping.uppercased(text, locale: locale) == upper)
  }
}
