import SalinCore
import SalinLangID
import Testing

/// Issue 11: what is no evidence of a language, established loanwords against switches, and
/// Tagalog affixes on English roots, with the shipped model.
@Suite("Language mixing")
struct MixingTests {
  let identifier = BuiltInModel.identifier

  /// Letters, units, numbers with units and Latin letters written into Hangul words are no
  /// evidence in Korean text; an English phrase still is.
  @Test(arguments: [
    "C 언어로 만든 프로그램이다.", "U자형 도로는 5km 길이다.", "거리는 10 km 정도다.", "A씨는 tvN에서 일한다.",
    "무게는 3 kg이고 높이는 2 m다.",
  ])
  func lettersAndUnitsInKoreanAreNoEvidence(text: String) {
    #expect(identifier.foreignSpans(in: text, mainLanguage: .korean).isEmpty)
  }

  @Test func anEnglishPhraseInKoreanIsStillFound() {
    let spans = identifier.foreignSpans(
      in: "그는 무대에서 thank you very much 라고 말했다.", mainLanguage: .korean)
    #expect(spans.map(\.text) == ["thank you very much"])
  }

  /// Handles, user names and identifiers are never Tagalog in English text, nor are inflected
  /// English words the old lists lacked.
  @Test(arguments: [
    "Thanks to natecook1000 and rauhul for the fix.",
    "Use the fooBar option on GitHub, as the iOS docs say.",
    "This option is deprecated and will be removed.",
    "They ate hotdogs at the filibuster.",
    "The built-in command-line tool prints first-time help.",
    "Send an e-mail about the t-shirts and the e-book.",
  ])
  func noTagalogInEnglishTechnicalText(text: String) {
    let spans = identifier.foreignSpans(in: text, mainLanguage: .english)
    #expect(spans.filter { !$0.isEstablished }.isEmpty, "\(spans.map(\.text))")
  }

  /// An elided Tagalog word (`'to` for ito) is no English "to".
  @Test func elidedWordsAreNoEvidence() {
    #expect(identifier.foreignSpans(in: "Ako na 'to, sabi niya.", mainLanguage: .tagalog).isEmpty)
  }

  /// A word only a list's rare tail holds (`lods`, Tagalog slang, is in English's web list once
  /// in fifty million words) is as good as unlisted: it never makes a span by itself.
  @Test func aRareListWordMakesNoSpan() {
    #expect(identifier.foreignSpans(in: "Prituhin mo ulit lods.", mainLanguage: .tagalog).isEmpty)
  }

  /// Words no list holds (brand names in lower case) pay for at most one switch: around
  /// Tagalog `at` they make no English phrase, while a listed English word beside them is still
  /// found.
  @Test func unlistedWordsPayForOneSwitchAtMost() {
    let spans = identifier.foreignSpans(
      in: "Ginamit ko ang canva at capcut sa project ko", mainLanguage: .tagalog)
    #expect(spans.map(\.text) == ["project"])
  }

  /// Laughter is written alike in every language.
  @Test func laughterIsNoEvidence() {
    #expect(
      identifier.foreignSpans(in: "Grabe talaga hahahaha sila.", mainLanguage: .tagalog).isEmpty)
  }

  /// Chat interjections are internet shorthand, not a switch into English (labelling conventions
  /// do not count them in otherwise monolingual text), drawn out or not.
  @Test(arguments: ["Wtf ang mahal naman ng gasolina ngayon", "Natalo na naman sila lmaooo"])
  func chatInterjectionsAreNoEvidence(text: String) {
    let spans = identifier.foreignSpans(in: text, mainLanguage: .tagalog)
    #expect(spans.isEmpty, "\(spans.map(\.text))")
  }

  /// An English phrase beside a chat interjection is still a switch.
  @Test func anEnglishPhraseBesideAnInterjectionIsFound() {
    let spans = identifier.foreignSpans(
      in: "Sabi niya lol that was so funny talaga", mainLanguage: .tagalog)
    #expect(spans.map(\.text) == ["that was so funny"])
  }

  /// Tagalog's personal articles (`si`, `ni`, `kay`) mark a name even when chat writes it in
  /// lower case: `stephen` there is a person, not an English word.
  @Test func lowerCaseNamesAfterPersonalArticlesAreNoEvidence() {
    let spans = identifier.foreignSpans(
      in: "Hindi si mark ang nanalo kundi si stephen.", mainLanguage: .tagalog)
    #expect(spans.isEmpty, "\(spans.map(\.text))")
    let unmarked = identifier.foreignSpans(
      in: "Hindi mark ang nanalo kundi stephen.", mainLanguage: .tagalog)
    #expect(unmarked.map(\.text) == ["stephen"])
  }

  /// Tagalog news names offices, hospitals and laws in English: a run of capitalised words inside
  /// a sentence is a name, not a switch into English.
  @Test(arguments: [
    "Ayon sa Department of Education, magsisimula ang klase sa Lunes.",
    "Umaapela ang mga residente sa Bureau of Fire Protection na tumulong.",
    "Dinala siya sa East Avenue Medical Center kagabi.",
  ])
  func capitalisedRunsInTagalogProseAreNames(text: String) {
    let spans = identifier.foreignSpans(in: text, mainLanguage: .tagalog)
    #expect(spans.isEmpty, "\(spans.map(\.text))")
  }

  /// A run that capitalises common words after its first (a slogan, a hashtag split into words)
  /// is title case, not a name: its English is a switch.
  @Test func titleCaseSlogansAreNotNames() {
    let spans = identifier.foreignSpans(
      in: "Sobrang saya ng rally kagabi sa Pasig, Leni Kiko All The Way", mainLanguage: .tagalog)
    #expect(spans.map(\.text).contains { $0.contains("All The Way") }, "\(spans.map(\.text))")
  }

  /// A run of capitals in which a word comes back after another is a chant or a row of hashtags,
  /// not a name: its English is found even with no common word capitalised.
  @Test(arguments: [
    (
      "Ang ingay ng mga tao sa plaza kagabi Stop Killing Stop Lying talaga",
      "Stop Killing Stop Lying"
    ),
    (
      "Nakakapagod pero masaya ang kampanya Choose Leni Choose Hope hanggang dulo",
      "Choose Leni Choose Hope"
    ),
  ])
  func repeatedWordsMakeTitleCase(text: String, phrase: String) {
    let spans = identifier.foreignSpans(in: text, mainLanguage: .tagalog)
    #expect(spans.map(\.text) == [phrase])
  }

  /// In title case the English words count in full, not at the half weight of a capital inside
  /// a sentence: a two-word slogan after a place name is found.
  @Test func titleCaseWordsCountInFull() {
    let spans = identifier.foreignSpans(
      in: "Kulay rosas ang buong bayan namin, Pasig Is Pink", mainLanguage: .tagalog)
    #expect(spans.map(\.text).contains { $0.contains("Is Pink") }, "\(spans.map(\.text))")
  }

  /// A run of capitals that holds real words among lower-case Tagalog is shouting, read as
  /// words; acronyms beside it stay set aside.
  @Test func capitalRunsOfRealWordsAreRead() {
    let spans = identifier.foreignSpans(
      in: "Sabi nila SHUT UP na lang daw kayo sabi ng PNP", mainLanguage: .tagalog)
    #expect(spans.map(\.text) == ["SHUT UP"])
  }

  /// In a run of capitals a long word is read on a rarer list value than a short one
  /// (`WISELY`; acronyms are short); words joined by a bracket are no run (`VP[USERNAME]`, a
  /// placeholder), so the placeholder stays set aside.
  @Test func longCapitalWordsInARunAreRead() {
    let spans = identifier.foreignSpans(
      in: "Ang ingay nila sa rally kanina VOTE WISELY mga kababayan", mainLanguage: .tagalog)
    #expect(spans.map(\.text) == ["VOTE WISELY"])
    let placeholder = identifier.foreignSpans(
      in: "Salamat po kay VP[USERNAME] sa tulong ninyo sa amin", mainLanguage: .tagalog)
    #expect(placeholder.isEmpty, "\(placeholder.map(\.text))")
  }

  /// A lower-case English phrase in the same sentences is still a switch.
  @Test func lowerCaseEnglishBesideANameRunIsStillFound() {
    let spans = identifier.foreignSpans(
      in: "Nag-viral sa social media ang pahayag ng Department of Education kagabi.",
      mainLanguage: .tagalog)
    #expect(spans.map(\.text) == ["social media"])
  }

  /// A single English word Tagalog uses as its own is established; one it has no established use
  /// for, and any phrase, is a switch.
  @Test func establishedLoanwordsAndSwitches() throws {
    let strict = LanguageIdentifier.strictSwitchPenalty
    let video = identifier.foreignSpans(
      in: "Nanood ako ng video kahapon.", mainLanguage: .tagalog, switchPenalty: strict)
    #expect(video.map(\.text) == ["video"])
    #expect(video.first?.isEstablished == true)
    let learners = identifier.foreignSpans(
      in: "Maraming learners ang pumasok kanina.", mainLanguage: .tagalog)
    #expect(learners.map(\.text) == ["learners"])
    #expect(learners.first?.isEstablished == false)
    let phrase = identifier.foreignSpans(
      in: "Grabe ang tight budget namin ngayon.", mainLanguage: .tagalog)
    #expect(phrase.map(\.text) == ["tight budget"])
    #expect(phrase.first?.isEstablished == false)
  }

  /// In English text, "pa" is an English word too (Pennsylvania, a father): at most a loanword,
  /// never a switch.
  @Test func englishHomographsAreNoSwitch() {
    let spans = identifier.foreignSpans(
      in: "He visited his pa in the hospital.", mainLanguage: .english)
    #expect(spans.allSatisfy { $0.isEstablished })
  }

  /// Tagalog affixes on English roots, with the root named.
  @Test func mixedWordsNameTheirRoot() {
    let words = identifier.mixedWords(
      in: "Nagshopping kami tapos na-adjourn ang klase; iautofill mo. Ineengage niya ako habang "
        + "nags-struggle ako.",
      mainLanguage: .tagalog)
    #expect(
      words.map(\.text) == ["Nagshopping", "na-adjourn", "iautofill", "Ineengage", "nags-struggle"])
    #expect(words.map(\.root) == ["shopping", "adjourn", "autofill", "engage", "struggle"])
    #expect(words.allSatisfy { $0.rootLanguage == .english && $0.language == .tagalog })
  }

  /// Tagalog's own words that happen to end in an English word are not mixed (`isang`, `kamay`,
  /// `ibang`, `kaway`), nor are English words that start like an affix (`imagine`, `install`).
  @Test func tagalogWordsAreNotMixed() {
    let text = "Isang kamay ang kumaway sa ibang bahay; imagine, install, pagkain, nanakit, kaway."
    #expect(identifier.mixedWords(in: text, mainLanguage: .tagalog).isEmpty)
    #expect(identifier.mixedWords(in: "nagshopping", mainLanguage: .english).isEmpty)
  }
}
