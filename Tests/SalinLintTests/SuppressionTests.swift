import SalinCore
import SalinLint
import Testing

@Suite("Suppressions")
struct SuppressionTests {
  @Test func nextLineAndRangesAndUnused() throws {
    let marked = MarkedText(
      """
      <!-- salin-disable-next-line SL002 -->
      The pulong ended.

      <!-- salin-disable SL004 -->
      확장억제 here.
      <!-- salin-enable SL004 -->

      1️⃣<!-- salin-disable-next-line SL001 -->
      The 2️⃣pulong is here.

      <!-- salin-disable -->
      # Mga Detalye
      <!-- salin-enable -->

      """)
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL000", text: "<!-- salin-disable-next-line SL001 -->"),
          FindingSpec("2️⃣", "SL002", text: "pulong"),
        ], in: marked), "\(findings.map(\.text))")
    #expect(findings[0].message == "this suppression hides no finding of SL001; remove it")
  }

  /// `salin-disable-next-line` covers the next non-blank line, and only that line.
  @Test func nextLineSkipsBlankLines() throws {
    let marked = MarkedText(
      "<!-- salin-disable-next-line SL002 -->\n\n  \t\nThe pulong ended.\nThe 1️⃣pulong again.\n")
    let findings = try lint(marked)
    #expect(
      matches(findings, [FindingSpec("1️⃣", "SL002", text: "pulong")], in: marked),
      "\(findings.map(\.text))")
  }

  /// Two stacked directives cover the same line (each directive line is skipped).
  @Test func stackedNextLineDirectives() throws {
    let marked = MarkedText(
      """
      <!-- salin-disable-next-line SL002 -->
      <!-- salin-disable-next-line unexpected-script -->

      The pulong met on 확장억제.

      """)
    #expect(try lint(marked).isEmpty)
  }

  @Test func nextLineAtTheEndOfTheFileIsUnused() throws {
    let marked = MarkedText("The end.\n1️⃣<!-- salin-disable-next-line SL002 -->\n\n")
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [FindingSpec("1️⃣", "SL000", text: "<!-- salin-disable-next-line SL002 -->")], in: marked))
    #expect(findings.first?.message == "this suppression hides no finding of SL002; remove it")
  }

  /// The next non-blank line is clean: the directive is unused, and the line after is not covered.
  @Test func nextLineLandingOnACleanLineIsUnused() throws {
    let marked = MarkedText(
      """
      1️⃣<!-- salin-disable-next-line -->

      A clean line here.
      The 2️⃣pulong ended.

      """)
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL000", text: "<!-- salin-disable-next-line -->"),
          FindingSpec("2️⃣", "SL002", text: "pulong"),
        ], in: marked), "\(findings.map(\.text))")
    #expect(findings.first?.message == "this suppression hides no finding; remove it")
  }

  /// A directive is reported for the codes that hid nothing, even when another code was used.
  @Test(arguments: [
    ("SL002 SL004", "this suppression hides no finding of SL004; remove that code"),
    (
      "SL002, SL004, SL001", "this suppression hides no finding of SL001, SL004; remove those codes"
    ),
    ("foreign-span SL004", "this suppression hides no finding of SL004; remove that code"),
  ])
  func partlyUsedDirective(codes: String, message: String) throws {
    let marked = MarkedText("1️⃣<!-- salin-disable-next-line \(codes) -->\nThe pulong ended.\n")
    let findings = try lint(marked)
    #expect(findings.map(\.rule.code) == ["SL000"])
    #expect(findings.first?.range.start.utf8Offset == marked.offsets["1️⃣"])
    #expect(findings.first?.message == message)
  }

  /// A range naming another rule hides nothing: it is reported, and the finding stays.
  @Test func rangeForAnotherRuleIsUnused() throws {
    let marked = MarkedText(
      """
      1️⃣<!-- salin-disable SL004 -->
      The 2️⃣pulong ended.
      <!-- salin-enable SL004 -->

      3️⃣<!-- salin-disable -->
      Nothing to hide.

      """)
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL000", text: "<!-- salin-disable SL004 -->"),
          FindingSpec("2️⃣", "SL002", text: "pulong"),
          FindingSpec("3️⃣", "SL000", text: "<!-- salin-disable -->"),
        ], in: marked), "\(findings.map(\.text))")
  }

  /// A `salin-enable` whose codes match no open disable (a typo: SL00 for SL004), or with no
  /// disable before it, is reported; the disable it failed to close stays open to the end.
  @Test func strayEnableIsReported() throws {
    let marked = MarkedText(
      """
      1️⃣<!-- salin-enable -->
      <!-- salin-disable SL004 -->
      확장억제 here.
      2️⃣<!-- salin-enable SL00 -->
      확장억제 again.

      """)
    let findings = try lint(marked)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL000", text: "<!-- salin-enable -->"),
          FindingSpec("2️⃣", "SL000", text: "<!-- salin-enable SL00 -->"),
        ], in: marked), "\(findings.map(\.text))")
    #expect(
      findings.first?.message
        == "this salin-enable closes no salin-disable before it; remove it, or fix the codes to "
        + "match the salin-disable it should end")
  }

  @Test func unusedSuppressionsCanBeTurnedOff() throws {
    var configuration = LintConfiguration()
    configuration.severities["SL000"] = .some(nil)
    let marked = MarkedText("<!-- salin-disable-next-line SL002 -->\nA clean line.\n")
    #expect(try lint(marked, configuration: configuration).isEmpty)
  }

  @Test func hashCommentsInCatalogs() throws {
    let marked = MarkedText(
      """
      locale: tl
      # salin-disable-next-line SL003
      a: the meeting is for all

      """)
    #expect(try lint(marked, path: "tl.yaml", language: nil).isEmpty)
  }
}
