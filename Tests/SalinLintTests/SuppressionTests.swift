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
