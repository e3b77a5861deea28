import SalinCore
import SalinLint
import Testing

@Suite("UnexpectedScript (SL004)")
struct UnexpectedScriptTests {
  @Test func hangulInEnglish() throws {
    let marked = MarkedText("The meeting 😀 (1️⃣확장억제 전략협의체) met.\n\n> 2️⃣Привет all.\n")
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL004", text: "확장억제 전략협의체"),
          FindingSpec("2️⃣", "SL004", text: "Привет"),
        ], in: marked))
    #expect(findings[0].message == "Hangul letters '확장억제 전략협의체' in a en document")
    #expect(findings[0].range.start.column == 16)
    #expect(findings[0].range.start.utf16Column == 17)
  }

  /// A lone letter is a symbol; two together are a word again.
  @Test func greekWordsStillCount() throws {
    let marked = MarkedText("The sign μ and the word 1️⃣λόγος.\n")
    #expect(matches(try lint(marked), [FindingSpec("1️⃣", "SL004", text: "λόγος")], in: marked))
  }

  @Test(arguments: [
    (Language.korean, "확장억제 EDSCG 회의 (韓國).\n"),
    (Language.english, "Emoji 😀 and digits ١٢٣ and — punctuation.\n"),
    (Language.english, "Said <span lang=\"ko\">안녕하세요</span> twice.\n"),
    // A lone letter of a cased alphabet is a unit or a symbol.
    (Language.korean, "미세먼지 농도가 120μg/m3 수준이다.\n"),
    (Language.english, "A 10 kΩ resistor and the constant π.\n"),
  ])
  func expectedScriptsAreFine(language: Language, text: String) throws {
    #expect(try lint(MarkedText(text), language: language).isEmpty)
  }
}
