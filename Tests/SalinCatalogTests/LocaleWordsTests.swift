@testable import SalinCatalog
import SalinCore
import SalinICU
import Testing

/// The built-in catalogs, loaded once for this file.
private let builtIn: Catalogs = {
  do { return try Catalogs.load(directories: [], includeBuiltIn: true) } catch {
    fatalError("built-in catalogs do not load: \(error)")
  }
}()

@Suite("LocaleWords: where news writes otherwise than ICU's data")
struct LocaleWordsTests {
  /// Filipino news writes no serial comma; ICU 72's `fil` list data does.
  ///
  /// This pins the ICU output the locale data replaces.
  @Test func tagalogListHasNoSerialComma() throws {
    let icu = try ICUListFormatter.shared(locale: ICULocale("tl"))
    #expect(try icu.format(["A", "B", "C"]) == "A, B, at C")
    let or = try ICUListFormatter.shared(locale: ICULocale("tl"), kind: .or)
    #expect(try or.format(["A", "B", "C"]) == "A, B, o C")
    #expect(
      try builtIn.message("agreed-areas", locale: .tagalog, arguments: ["areas": ["A", "B", "C"]])
        == "Napagkasunduan ng dalawang panig na tutukan ang A, B at C.")
    #expect(
      try builtIn.message("agreed-areas", locale: .tagalog, arguments: ["areas": ["A", "B"]])
        == "Napagkasunduan ng dalawang panig na tutukan ang A at B.")
  }

  /// Korean news writes 한국 and 북한; Philippine news South Korea and North Korea.
  ///
  /// This pins ICU's names the locale data replaces.
  @Test(arguments: [
    ("ko", "KR", "대한민국", "한국"), ("ko", "KP", "북한", "북한"),
    ("tl", "KR", "Timog Korea", "South Korea"),
    ("tl", "KP", "Hilagang Korea", "North Korea"), ("en", "KR", "South Korea", "South Korea"),
  ])
  func regionNames(tag: String, code: String, icuName: String, expected: String) throws {
    #expect(try ICUDisplayNames.shared(locale: ICULocale(tag)).regionName(code) == icuName)
    #expect(
      try builtIn.message(
        "country.name", locale: Language(tag), arguments: ["country": .string(code)])
        == expected)
  }

  /// A delegation is named with the country's adjective: "the South Korean delegation".
  @Test(arguments: [
    ("KR", "the South Korean delegation, led by A and B"),
    ("US", "the U.S. delegation, led by A and B"),
    ("FJ", "the Fiji delegation, led by A and B"),
  ])
  func englishDelegationAdjective(code: String, expected: String) throws {
    let text = try builtIn.message(
      "delegation.led-by", locale: .english,
      arguments: ["country": .string(code), "leaders": ["A", "B"]])
    #expect(text == expected)
  }

  /// People are joined with 과/와 (및 is for things): 김홍균과 박진이 이끄는.
  @Test(arguments: [
    (["김홍균", "박진"], "김홍균과 박진이 이끄는 한국 대표단"),
    (["박진", "김홍균"], "박진과 김홍균이 이끄는 한국 대표단"),
    (["조태용", "김홍균", "박진"], "조태용, 김홍균과 박진이 이끄는 한국 대표단"),
    (["보니 젠킨스 차관", "카라 애버크롬비 차관 대행"], "보니 젠킨스 차관과 카라 애버크롬비 차관 대행이 이끄는 한국 대표단"),
    (["Jenkins", "Kim"], "Jenkins와(과) Kim이(가) 이끄는 한국 대표단"),
  ])
  func koreanPeopleAreJoinedWithAParticle(leaders: [String], expected: String) throws {
    let text = try builtIn.message(
      "delegation.led-by", locale: .korean,
      arguments: ["country": "KR", "leaders": .list(leaders)])
    #expect(text == expected)
    #expect(
      try builtIn.message("agreed-areas", locale: .korean, arguments: ["areas": ["A", "B"]])
        == "양측은 A 및 B에 중점을 두기로 합의했다.")
  }

  /// The shipped data file reads, with every language Salin has words for (fil shares tl's).
  @Test func shippedWordsRead() {
    #expect(Set(LocaleWords.builtIn.keys) == ["en", "tl", "fil", "ko", "ja", "zh"])
    #expect(LocaleLengths.usualRatio(.tagalog) == 1.25)
    #expect(LocaleLengths.usualRatio(Language("fil")) == 1.25)
    #expect(LocaleLengths.usualRatio(.korean) == 0.55)
    #expect(LocaleLengths.usualRatio(.english) == nil)
    #expect(LocaleWords.forLanguage(Language("fil")).andListLastSeparator == " at ")
    #expect(LocaleWords.forLanguage(.korean).acronymReadings["APEC"] == "에이펙")
    #expect(LocaleWords.forLanguage(.korean).joinsNamesWithParticle)
    #expect(!LocaleWords.forLanguage(.tagalog).joinsNamesWithParticle)
    #expect(LocaleWords.forLanguage(Language("ja")).regionNames.isEmpty)
  }

  /// A mistake in the data is one error at its line and column, saying what a value must be.
  @Test(arguments: [
    (
      "salin-locale-words: 1\nko:\n  acronym-readings: {Apec: 에이펙}\n",
      "words.yaml:3:22: error: 'Apec' is not an acronym (capital letters and digits: APEC, K9)"
    ),
    (
      "salin-locale-words: 1\nko:\n  acronym-readings: {APEC: APEC}\n",
      "words.yaml:3:28: error: 'APEC' is not a reading in Hangul syllables (에이펙)"
    ),
    (
      "salin-locale-words: 1\nen:\n  region-adjectives:\n    Korea: Korean\n",
      "words.yaml:4:5: error: 'Korea' is not a region code (two capital letters: KR, PH)"
    ),
    (
      "salin-locale-words: 1\ntl:\n  region-name: {KR: South Korea}\n",
      "words.yaml:3:3: error: unknown key 'region-name' (region-names, region-adjectives,"
        + " acronym-readings, and-list-last-separator, or-list-last-separator,"
        + " names-joined-with-particle, length-ratio)"
    ),
    (
      "salin-locale-words: 1\nko:\n  names-joined-with-particle: yes\n",
      "words.yaml:3:31: error: 'names-joined-with-particle' is true or false"
    ),
    (
      "salin-locale-words: 1\ntl:\n  length-ratio: long\n",
      "words.yaml:3:17: error: 'length-ratio' is a number above 0 and below 10 (1.25)"
    ),
    (
      "salin-locale-words: 1\nko-KR:\n  region-names: {KR: 한국}\n",
      "words.yaml:2:1: error: 'ko-KR' is not a language's primary tag (en, tl, ko)"
    ),
    (
      "ko:\n  region-names: {KR: 한국}\n",
      "words.yaml:1:1: error: a locale words file is a mapping with 'salin-locale-words: 1' and"
        + " one key per language"
    ),
    (
      "salin-locale-words: 1\nko:\n  region-names: {KR: 한국\n",
      "words.yaml:4:1: error: not YAML: did not find expected ',' or '}'"
    ),
  ])
  func malformedWordsAreLocated(text: String, expected: String) {
    #expect(throws: LocaleDataError.self) {
      try LocaleWordsYAML.read(text, path: "words.yaml")
    }
    do {
      _ = try LocaleWordsYAML.read(text, path: "words.yaml")
    } catch {
      #expect(error.description == expected)
    }
  }
}
