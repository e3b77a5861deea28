import SalinCore
import SalinLangID
import Testing

@Suite("LanguageIdentifier.foreignSpans")
struct LanguageIdentifierSpansTests {
  let identifier = BuiltInModel.identifier

  @Test func tagalogLabelInAnEnglishLine() {
    let line = "Mga pinagmumulan: THX News & US Department of State."
    let spans = identifier.foreignSpans(in: line, mainLanguage: .english)
    #expect(spans.count == 1)
    #expect(spans.first?.language == .tagalog)
    #expect(spans.first?.text == "Mga pinagmumulan")
    #expect(spans.first?.utf8Range == 0..<16)
    #expect(spans.first?.scalarRange == 0..<16)
    #expect((spans.first?.confidence ?? 0) > 0.9)
  }

  @Test(arguments: [
    ("The meeting was held in Washington. Mga Detalye are below.", "tl", "Mga Detalye"),
    ("She said the word kapayapaan during the speech in Seoul.", "tl", "kapayapaan"),
    ("The 세부 정보 table lists the agreed areas of focus.", "ko", "세부 정보"),
  ])
  func foreignWordInAnEnglishSentence(text: String, language: String, expected: String) {
    let spans = identifier.foreignSpans(in: text, mainLanguage: .english)
    #expect(spans.map(\.text) == [expected])
    #expect(spans.map(\.language) == [Language(language)])
  }

  @Test func offsetsCountScalarsAndBytes() throws {
    let text = "Korea’s 세부 정보 table"
    let span = try #require(identifier.foreignSpans(in: text, mainLanguage: .english).first)
    #expect(span.text == "세부 정보")
    #expect(span.scalarRange == 8..<13)
    #expect(span.utf8Range == 10..<23)
  }

  @Test(arguments: [
    "First Vice Minister of Foreign Affairs Kim Hong Kyun and Under Secretary Bonnie Jenkins "
      + "led the fifth meeting of the Extended Deterrence Strategy and Consultation Group.",
    "The two sides discussed missile defense, cybersecurity and space cooperation in Washington.",
    "Agreed Areas of Focus",
    "",
  ])
  func cleanEnglishHasNoSpans(text: String) {
    #expect(identifier.foreignSpans(in: text, mainLanguage: .english).isEmpty)
  }

  /// In sentence-case prose a capital inside a sentence is a name, even one the Tagalog list holds
  /// (Santos, Isidro, Barangay, Hong Kong): it never makes a span.
  ///
  /// Before, these came out as Tagalog spans ("at Hong Kong", "Barangay San Isidro", "Ferdinand
  /// Marcos Jr").
  @Test(arguments: [
    "The plane arrived at Hong Kong on Monday.",
    "Senator Maria Santos spoke to reporters in Makati.",
    "Residents of Barangay San Isidro were evacuated to a school in Tanauan.",
    "President Ferdinand Marcos Jr. met Japanese officials at Malacañang Palace.",
  ])
  func philippineNamesInEnglishProseMakeNoSpan(text: String) {
    #expect(identifier.foreignSpans(in: text, mainLanguage: .english).isEmpty)
  }

  /// A name right after a foreign word, one space on, stays in its span; one before it does not
  /// start the span.
  @Test func aSpanTakesTheCapitalsThatContinueItsPhrase() {
    let text = "The meeting was held in Washington. Mga Detalye are below."
    let spans = identifier.foreignSpans(in: text, mainLanguage: .english)
    #expect(spans.map(\.text) == ["Mga Detalye"])
  }

  @Test func namesTheCallerPassesNeverMakeASpan() {
    let text = "The statement was issued by Ka Pinagmumulan in Manila."
    #expect(
      identifier.foreignSpans(in: text, mainLanguage: .english, names: ["Ka Pinagmumulan"]).isEmpty)
  }
}
