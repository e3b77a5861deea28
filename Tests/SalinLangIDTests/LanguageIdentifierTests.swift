import Foundation
import SalinCore
import SalinLangID
import SalinResources
import Testing

/// The model that ships with Salin, loaded once for every suite.
enum BuiltInModel {
  static let model: LanguageModel = {
    do {
      return try LanguageModel(contentsOf: BuiltInLocales.languageModel)
    } catch {
      fatalError("the built-in model does not load: \(error)")
    }
  }()
  static let identifier = LanguageIdentifier(model: model)
}

@Suite("LanguageIdentifier")
struct LanguageIdentifierTests {
  let identifier = BuiltInModel.identifier

  @Test(arguments: [
    ("Mga Detalye", "tl"),
    ("Mga pinagmumulan", "tl"),
    ("Ang mga bata ay naglalaro sa labas ng bahay.", "tl"),
    ("Agreed Areas of Focus", "en"),
    ("Missile Defense", "en"),
    ("First Vice Minister of Foreign Affairs Kim Hong Kyun", "en"),
    ("Under Secretary Bonnie Jenkins met the delegation.", "en"),
    ("세부 정보", "ko"),
    ("제5차 한미 확장억제전략협의체 회의", "ko"),
  ])
  func identifies(text: String, expected: String) {
    let answer = identifier.identify(text)
    #expect(answer.language == Language(expected), "\(text): \(answer.evidence)")
    #expect(answer.confidence > 0.5)
    #expect(abs(answer.scores.values.reduce(0, +) - 1) < 1e-9)
  }

  @Test func hangulIsDecidedByScript() {
    let answer = identifier.identify("세부 정보")
    #expect(answer.evidence.basis == .script("Hang"))
    #expect(answer.evidence.wordsWeighed == 2)
  }

  @Test(arguments: ["Kim Hong Kyun", "Bonnie Jenkins", "Kim Hong Kyun and Bonnie Jenkins"])
  func namesAreNotTagalog(text: String) {
    #expect(identifier.identify(text).language != .tagalog)
  }

  @Test func namesTheCallerPassesAreSetAside() {
    let answer = identifier.identify("Mga Detalye", names: ["Detalye"])
    #expect(answer.evidence.wordsSetAside == ["Detalye"])
    #expect(answer.evidence.wordsWeighed == 1)
    let configured = LanguageIdentifier(model: BuiltInModel.model, names: ["Mga Detalye"])
    #expect(configured.identify("Mga Detalye").language == nil)
  }

  @Test(arguments: ["", "   ", "!!! ... --- ???", "2024-06-11 13:45", "NATO", "(US)", "— • —"])
  func textWithoutEvidenceIsUndetermined(text: String) {
    let answer = identifier.identify(text)
    #expect(answer.language == nil)
    #expect(answer.confidence == 0)
    #expect(answer.evidence.basis == .none)
  }

  @Test func candidatesRestrictTheAnswer() {
    // With one Latin-script candidate, script decides lower-case words; capitalised words no
    // English list holds are names.
    let answer = identifier.identify("mga detalye", candidates: [.english, .korean])
    #expect(answer.language == .english)
    #expect(identifier.identify("Mga Detalye", candidates: [.english, .korean]).language == nil)
    #expect(Set(answer.scores.keys) == [.english, .korean])
    // Latin text is in no script Korean is written in: nothing to weigh.
    #expect(identifier.identify("Missile Defense", candidates: [.korean]).language == nil)
  }

  @Test func invalidUTF8DoesNotCrash() {
    let text = String(
      decoding: [0xFF, 0xFE, 0x4D, 0x67, 0x61, 0x80, 0xE2, 0x82, 0x20, 0xC3], as: UTF8.self)
    let answer = identifier.identify(text)
    #expect(answer.language == nil || answer.language == .tagalog || answer.language == .english)
    _ = identifier.foreignSpans(in: text, mainLanguage: .english)
  }

  @Test func megabyteInputIsHandled() {
    let sentence =
      "The delegations reaffirmed their commitment to the alliance. 한미 동맹. Mga Detalye. "
    let text = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
    #expect(text.utf8.count > 1_000_000)
    #expect(identifier.identify(text).language == .english)
  }

  @Test func concurrentCallsAgree() async {
    let texts = ["Mga Detalye", "Missile Defense", "세부 정보", "Kim Hong Kyun"]
    let shared = identifier
    let expected = texts.map { shared.identify($0).language }
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask { texts.map { shared.identify($0).language } == expected }
      }
      for await agrees in group { #expect(agrees) }
    }
  }
}
