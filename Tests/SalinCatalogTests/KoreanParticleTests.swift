@testable import SalinCatalog
import SalinCore
import Testing

@Suite("KoreanParticle")
struct KoreanParticleTests {
  /// Resolves `{x}` + text for a value as the message format does: the particle's tolerant
  /// form is replaced, the text after it is kept.
  private func resolve(_ value: String, _ text: String) throws -> String {
    let particle = try #require(KoreanParticle.prefix(of: Substring(text).unicodeScalars))
    let rest = String(text.unicodeScalars.dropFirst(particle.tolerantForm.unicodeScalars.count))
    return value + particle.resolved(after: value) + rest
  }

  @Test(arguments: [
    // Hangul with and without a final consonant.
    ("외교부", "을(를)", "외교부를"), ("국방부", "을(를)", "국방부를"), ("대표단", "을(를)", "대표단을"),
    ("미국", "이(가)", "미국이"), ("북한", "은(는)", "북한은"), ("한국", "와(과)", "한국과"),
    ("미국", "과(와)", "미국과"), ("일본", "와/과", "일본과"), ("우크라이나", "와/과", "우크라이나와"),
    ("차관", "이/가", "차관이"), ("대사", "이/가", "대사가"), ("정부", "은/는", "정부는"),
  ])
  func hangul(value: String, tolerant: String, expected: String) throws {
    #expect(try resolve(value, tolerant) == expected)
  }

  @Test(arguments: [
    // ㄹ takes 로, not 으로; another final takes 으로; no final takes 로.
    ("서울", "(으)로", "서울로"), ("워싱턴", "(으)로", "워싱턴으로"), ("부산", "(으)로", "부산으로"),
    ("제주", "(으)로", "제주로"), ("서울", "을(를)", "서울을"), ("서울", "으로/로", "서울로"),
    ("본부", "(으)로서", "본부로서"), ("대표단", "(으)로서", "대표단으로서"), ("회의", "(이)라는", "회의라는"),
    ("협의체", "(이)라는", "협의체라는"), ("동맹", "(이)라는", "동맹이라는"),
  ])
  func rieulAndPrefixes(value: String, tolerant: String, expected: String) throws {
    #expect(try resolve(value, tolerant) == expected)
  }

  @Test(arguments: [
    // Digits by Sino-Korean reading: 3 삼, 5 오, 10 십, 1 일 (ㄹ), 0 영, 100 백, 1000 천, 2 이.
    ("3", "을(를)", "3을"), ("5", "을(를)", "5를"), ("10", "을(를)", "10을"), ("2", "이(가)", "2가"),
    ("1", "(으)로", "1로"), ("6", "(으)로", "6으로"), ("0", "을(를)", "0을"), ("100", "이(가)", "100이"),
    ("1,000", "은(는)", "1,000은"), ("3.5", "을(를)", "3.5를"), ("7", "와(과)", "7과"),
    ("2025년", "은(는)", "2025년은"), ("50%", "을(를)", "50%를"),
  ])
  func digits(value: String, tolerant: String, expected: String) throws {
    #expect(try resolve(value, tolerant) == expected)
  }

  @Test(arguments: [
    // Acronyms by the English names of their letters: G 지, L 엘, M 엠, N 엔, R 알, S 에스.
    ("EDSCG", "을(를)", "EDSCG를"), ("NATO", "이(가)", "NATO가"), ("UN", "은(는)", "UN은"),
    ("ICBM", "을(를)", "ICBM을"), ("IAEA", "와(과)", "IAEA와"), ("URL", "(으)로", "URL로"),
    ("DMZ", "을(를)", "DMZ를"), ("WMD", "와(과)", "WMD와"), ("UNSC", "이(가)", "UNSC가"),
    ("북대서양조약기구(NATO)", "을(를)", "북대서양조약기구(NATO)를"), ("미 국무부(DOS)", "이(가)", "미 국무부(DOS)가"),
  ])
  func latinAcronyms(value: String, tolerant: String, expected: String) throws {
    #expect(try resolve(value, tolerant) == expected)
  }

  @Test(arguments: [
    // English words and other scripts cannot be pronounced reliably: the tolerant form stays.
    ("Jenkins", "이(가)", "Jenkins이(가)"), ("Washington", "(으)로", "Washington(으)로"),
    ("東京", "을(를)", "東京을(를)"), ("", "은(는)", "은(는)"), ("iPhone", "을/를", "iPhone을/를"),
  ])
  func tolerantFallback(value: String, tolerant: String, expected: String) throws {
    #expect(try resolve(value, tolerant) == expected)
  }

  /// Acronyms read as words take the final sound of their reading (APEC 에이펙, K9 케이나인),
  /// from the Korean locale data; acronyms read letter by letter are unchanged; an acronym the
  /// data does not know keeps its letter reading.
  @Test(arguments: [
    ("APEC", "을(를)", "APEC을"), ("APEC", "이(가)", "APEC이"), ("APEC", "와(과)", "APEC과"),
    ("APEC", "(으)로", "APEC으로"), ("OPEC", "을(를)", "OPEC을"), ("RIMPAC", "이(가)", "RIMPAC이"),
    ("K9", "을(를)", "K9을"), ("NATO", "이(가)", "NATO가"), ("ASEAN", "와(과)", "ASEAN과"),
    ("UN", "은(는)", "UN은"), ("ICBM", "을(를)", "ICBM을"), ("G20", "을(를)", "G20을"),
    ("EDSCG", "를(을)", "EDSCG를"), ("Jenkins", "이(가)", "Jenkins이(가)"),
  ])
  func acronymsReadAsWords(value: String, tolerant: String, expected: String) throws {
    let words = LocaleWords.forLanguage(.korean)
    let particle = try #require(KoreanParticle.prefix(of: Substring(tolerant).unicodeScalars))
    let rest = String(tolerant.unicodeScalars.dropFirst(particle.tolerantForm.unicodeScalars.count))
    #expect(
      value + particle.resolved(after: value, readings: words.acronymReadings) + rest == expected)
  }

  @Test func longestFormWins() throws {
    let particle = try #require(KoreanParticle.prefix(of: Substring("으로/로 간다").unicodeScalars))
    #expect(particle.tolerantForm == "으로/로")
    #expect(KoreanParticle.prefix(of: Substring("의 미사일").unicodeScalars) == nil)
  }
}
