import Foundation
import SalinCatalog
import SalinCore
import Testing

/// The built-in catalogs, loaded once for every test in this file.
private let builtIn: Catalogs = {
  do { return try Catalogs.load(directories: [], includeBuiltIn: true) } catch {
    fatalError("built-in catalogs do not load: \(error)")
  }
}()

@Suite("Catalogs")
struct CatalogsTests {
  @Test(arguments: [("en", "April 2023"), ("tl", "Abril 2023"), ("ko", "2023년 4월")])
  func monthYear(tag: String, expected: String) throws {
    let text = try builtIn.message(
      "date.month-year", locale: Language(tag),
      arguments: ["d": .date(year: 2023, month: 4, day: nil)])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "The two sides agreed to focus on A, B, and C."),
    ("tl", "Napagkasunduan ng dalawang panig na tutukan ang A, B at C."),
    ("ko", "양측은 A, B 및 C에 중점을 두기로 합의했다."),
  ])
  func agreedAreas(tag: String, expected: String) throws {
    let text = try builtIn.message(
      "agreed-areas", locale: Language(tag), arguments: ["areas": ["A", "B", "C"]])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "the fifth meeting"), ("tl", "ang ikalimang pulong"), ("ko", "제5차 회의"),
  ])
  func session(tag: String, expected: String) throws {
    #expect(
      try builtIn.message("meeting.session", locale: Language(tag), arguments: ["n": 5]) == expected
    )
  }

  @Test(arguments: [
    ("en", "the fifth Extended Deterrence Strategy and Consultation Group meeting"),
    ("tl", "ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group"),
    ("ko", "제5차 확장억제전략협의체 회의"),
  ])
  func title(tag: String, expected: String) throws {
    let language = Language(tag)
    let series = try builtIn.message("org.edscg", locale: language)
    let text = try builtIn.message(
      "meeting.title", locale: language, arguments: ["n": 5, "series": .string(series)])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "the U.S. delegation, led by Bonnie Jenkins and Cara Abercrombie"),
    (
      "tl",
      "ang delegasyon ng Estados Unidos, na pinangunahan nina Bonnie Jenkins at Cara Abercrombie"
    ),
    ("ko", "보니 젠킨스 차관과 카라 애버크롬비 차관 대행이 이끄는 미국 대표단"),
  ])
  func delegation(tag: String, expected: String) throws {
    let leaders: MessageArgument =
      tag == "ko" ? ["보니 젠킨스 차관", "카라 애버크롬비 차관 대행"] : ["Bonnie Jenkins", "Cara Abercrombie"]
    let text = try builtIn.message(
      "delegation.led-by", locale: Language(tag), arguments: ["country": "US", "leaders": leaders])
    #expect(text == expected)
  }

  /// Tagalog's article follows the number of people: "ni" for one, "nina" for several
  /// (`{leaders, plural, =1 {ni} other {nina}}` counts the list; Filipino `one` also covers 2).
  @Test(arguments: [
    ("en", "the U.S. delegation, led by Bonnie Jenkins"),
    ("tl", "ang delegasyon ng Estados Unidos, na pinangunahan ni Bonnie Jenkins"),
    ("ko", "보니 젠킨스 차관이 이끄는 미국 대표단"),
  ])
  func delegationLedByOne(tag: String, expected: String) throws {
    let leader: MessageArgument = tag == "ko" ? ["보니 젠킨스 차관"] : ["Bonnie Jenkins"]
    let text = try builtIn.message(
      "delegation.led-by", locale: Language(tag), arguments: ["country": "US", "leaders": leader])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "the April 2023 Washington Declaration"),
    ("tl", "ang Deklarasyon ng Washington noong Abril 2023"),
    ("ko", "2023년 4월 워싱턴 선언"),
  ])
  func declaration(tag: String, expected: String) throws {
    let name: MessageArgument = tag == "ko" ? "워싱턴" : "Washington"
    let text = try builtIn.message(
      "declaration.of", locale: Language(tag),
      arguments: ["name": name, "d": .date(year: 2023, month: 4, day: 26)])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "The next meeting will be held in 2025."),
    ("tl", "Gaganapin ang susunod na pulong sa 2025."),
    ("ko", "다음 회의는 2025년에 열릴 예정이다."),
  ])
  func nextMeeting(tag: String, expected: String) throws {
    #expect(
      try builtIn.message("next-meeting.year", locale: Language(tag), arguments: ["year": 2025])
        == expected)
  }

  @Test(arguments: [("en", "Details"), ("tl", "Mga Detalye"), ("ko", "세부 내용")])
  func details(tag: String, expected: String) throws {
    #expect(try builtIn.message("label.details", locale: Language(tag)) == expected)
  }

  @Test func everyKeyInEveryLanguage() {
    for language in Language.builtIn {
      for key in builtIn.keys {
        #expect(builtIn.entry(key, language) != nil, "\(key) in \(language)")
      }
    }
    #expect(builtIn.languages == [.english, .korean, .tagalog])
  }

  @Test func missingArgumentIsTyped() {
    // The error names the placeholder's place in the built-in catalog.
    #expect {
      try builtIn.message("meeting.session", locale: .english, arguments: [:])
    } throws: { error in
      guard
        case .missingArgument("n", "meeting.session", .english, let location)? =
          error as? CatalogError
      else { return false }
      return location?.file.hasSuffix("en.yaml") == true
    }
    #expect(throws: CatalogError.missingMessage(key: "no.such.key", language: .korean)) {
      try builtIn.message("no.such.key", locale: .korean)
    }
  }
}

@Suite("Catalogs label index")
struct LabelIndexTests {
  @Test(arguments: [
    ("Mga pinagmumulan:", "label.sources", "tl", "Mga pinagmumulan", true),
    ("Mga Pinagkunan:", "label.sources", "tl", "Mga Pinagkunan", false),
    ("  mga PINAGMULAN ", "label.sources", "tl", "Mga Pinagmulan", true),
    ("Mga Detalye", "label.details", "tl", "Mga Detalye", false),
    ("세부 내용", "label.details", "ko", "세부 내용", false),
    ("Agreed Areas of Focus", "label.agreed-areas-of-focus", "en", "Agreed Areas of Focus", false),
    ("In response:", "label.in-response", "en", "In response:", false),
  ])
  func recognisesLabels(text: String, key: String, tag: String, spelling: String, isVariant: Bool) {
    let matches = builtIn.labelMatches(for: text)
    #expect(
      matches.contains(
        LabelMatch(key: key, language: Language(tag), spelling: spelling, isVariant: isVariant)))
  }

  @Test func sentencesAndMessagesWithArgumentsAreNotLabels() {
    #expect(builtIn.labelMatches(for: "The meeting expanded on the progress") == [])
    #expect(builtIn.labelMatches(for: "the fifth meeting") == [])
  }

  /// Keys are found by their exact bytes first; a canonically equivalent spelling (é as e and a
  /// combining accent) is still the same `String` key and is found too.
  @Test(arguments: ["caf\u{E9}.label", "cafe\u{301}.label"])
  func keysAreFoundInAnyCanonicalSpelling(key: String) throws {
    let file = try CatalogFile.parse(
      "caf\u{E9}.label: Caf\u{E9}\nlabel.x: X\n", path: "en.yaml", defaultLanguage: Language("en"))
    let catalogs = try Catalogs(files: [file])
    #expect(try catalogs.message(key, locale: Language("en")) == "Caf\u{E9}")
    #expect(throws: CatalogError.missingMessage(key: "cafe", language: Language("en"))) {
      try catalogs.message("cafe", locale: Language("en"))
    }
    #expect(throws: CatalogError.missingMessage(key: "label.x", language: Language("ko"))) {
      try catalogs.message("label.x", locale: Language("ko"))
    }
  }

  /// Tasks that format a message for the first time together all get it, whichever of them
  /// prepares it first.
  @Test(arguments: [("en", "the fifth meeting"), ("tl", "ang ikalimang pulong"), ("ko", "제5차 회의")])
  func concurrentFirstUse(tag: String, expected: String) async throws {
    let catalogs = try Catalogs.load(directories: [], includeBuiltIn: true)
    let results = await withTaskGroup(of: String.self) { group in
      for _ in 0..<16 {
        group.addTask {
          (try? catalogs.message("meeting.session", locale: Language(tag), arguments: ["n": 5]))
            ?? "failed"
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: expected, count: 16))
  }

}
