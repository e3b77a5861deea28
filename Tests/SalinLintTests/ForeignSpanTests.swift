import SalinCore
import SalinLint
import Testing

@Suite("ForeignSpan (SL002)")
struct ForeignSpanTests {
  @Test func spansWithLanguageConfidenceAndEvidence() throws {
    let marked = MarkedText(
      """
      The delegates said 1️⃣magandang umaga to all.

      The 2️⃣pulong ended.

      """)
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL002", text: "magandang umaga"),
          FindingSpec("2️⃣", "SL002", text: "pulong"),
        ], in: marked))
    #expect(findings[0].language == .tagalog)
    #expect(findings[0].confidence == 0.95)
    #expect(findings[0].evidence == "fake word list")
    #expect(findings[0].message == "'magandang umaga' looks tl, not en (95%; fake word list)")
  }

  @Test func declaredSpansAreAllowed() throws {
    let marked = MarkedText(
      """
      They said <span lang="tl">magandang umaga</span> to all.

      <!-- salin: lang=tl -->
      Ang pulong ay para sa lahat.
      <!-- salin: end -->

      """)
    #expect(try lint(marked).isEmpty)
  }

  @Test func loanwordsAndTitlesInTagalogAreAllowed() throws {
    // The fake detector calls "the meeting" English; "Under Secretary of State" and "cybersecurity"
    // are on the built-in Tagalog allow list, names and acronyms are never evidence.
    let allowed = AllowList.builtIn
    #expect(allowed.allows("Under Secretary of State", in: .tagalog))
    #expect(allowed.allows("cybersecurity", in: .tagalog))
    #expect(allowed.allows("DPRK ROK WMD", in: .tagalog))
    #expect(!allowed.allows("the meeting", in: .tagalog))
    #expect(
      allowed.adding(phrases: [.tagalog: ["the meeting"]], names: []).allows(
        "The Meeting", in: .tagalog))
    #expect(allowed.allows("Bonnie Jenkins", in: .tagalog, extraNames: ["Bonnie Jenkins"]))
  }

  /// SL002 trusts the identifier's reading of a run of capitals as words (`SHUT UP`): only a
  /// single word in capitals is still taken for an acronym.
  @Test func capitalRunsReadAsWordsAreNotAcronyms() {
    let allowed = AllowList.builtIn
    let text = "Sabi nila SHUT UP na lang daw kayo ng PNP"
    let run = 10..<17
    #expect(allowed.allows(run, of: text, in: .tagalog))
    #expect(!allowed.allows(run, of: text, in: .tagalog, capitalRunsAreAcronyms: false))
    let acronym = 38..<41
    #expect(allowed.allows(acronym, of: text, in: .tagalog, capitalRunsAreAcronyms: false))
  }

  /// The identifier may stop a span inside a title; the title around it still covers it.
  @Test func allowedPhraseMayExtendBeyondTheSpan() throws {
    let text = "Kasama si Acting Deputy Under Secretary of Defense Cara Abercrombie."
    let utf8 = Array(text.utf8)
    let start = try #require(
      (0..<utf8.count).first { String(decoding: utf8[$0...], as: UTF8.self).hasPrefix("Acting") })
    let span = start..<(start + "Acting Deputy Under Secretary of".utf8.count)
    #expect(AllowList.builtIn.allows(span, of: text, in: .tagalog))
    #expect(
      !AllowList.builtIn.allows(
        span, of: "Acting Deputy Under Secretary of the meeting", in: .tagalog))
  }

  @Test func belowConfidenceIsNotReported() throws {
    var configuration = LintConfiguration()
    configuration.minimumConfidence = 0.99
    #expect(try lint(MarkedText("The pulong ended.\n"), configuration: configuration).isEmpty)
  }
}
