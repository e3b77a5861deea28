import SalinCore
import SalinLint
import Testing

@Suite("ForeignLabel (SL001)")
struct ForeignLabelTests {
  @Test func labelPositionsOnly() throws {
    let marked = MarkedText(
      """
      # 1️⃣Mga Detalye

      | Area | 2️⃣Mga Detalye |
      |---|---|
      | Lugar is a surname | Mr. Lugar met Details |

      3️⃣Mga pinagmumulan: THX News.

      The word Lugar or Mga Detalye inside a sentence is not a label.

      """)
    let findings = try lint(marked).filter { $0.rule.code == "SL001" }
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL001", text: "Mga Detalye", fix: "Details"),
          FindingSpec("2️⃣", "SL001", text: "Mga Detalye", fix: "Details"),
          FindingSpec("3️⃣", "SL001", text: "Mga pinagmumulan", fix: "Sources"),
        ], in: marked), "\(findings.map { "\($0.range.start.utf8Offset) \($0.text)" })")
    #expect(
      findings[0].message == "'Mga Detalye' is the tl label 'label.details'; in en it is 'Details'")
  }

  @Test(arguments: [
    (Language.tagalog, "## 1️⃣Details\n", "Mga Detalye"),
    (Language.korean, "1️⃣Sources: 국무부.\n", "출처"),
    (Language.english, "- 1️⃣세부 정보\n", "Details"),
  ])
  func fixIsTheDocumentLocalesLabel(language: Language, text: String, fix: String) throws {
    let marked = MarkedText(text)
    let findings = try lint(marked, language: language).filter { $0.rule.code == "SL001" }
    #expect(findings.count == 1)
    #expect(findings.first?.fix?.replacement == fix)
    #expect(findings.first?.range.start.utf8Offset == marked.offsets["1️⃣"])
  }

  @Test func ownLocaleLabelIsFine() throws {
    #expect(try lint(MarkedText("# Details\n\nMr. Lugar spoke.\n"), language: .english).isEmpty)
    #expect(try lint(MarkedText("# Lugar\n"), language: .tagalog).isEmpty)
  }

  @Test func declaredSpanIsAllowed() throws {
    let marked = MarkedText("<!-- salin: lang=tl -->\n# Mga Detalye\n<!-- salin: end -->\n")
    #expect(try lint(marked).filter { $0.rule.code == "SL001" }.isEmpty)
  }
}
