import SalinCore
import Testing

@testable import SalinLint

@Suite("Linter.removingOverlaps")
struct RemovingOverlapsTests {
  /// A finding of a rule over UTF-8 offsets of one line.
  private func finding(_ rule: RuleDescription, _ range: Range<Int>) -> Finding {
    Finding(
      rule: rule, message: "", path: "a.md",
      range: SourceRange(
        start: SourcePosition(utf8Offset: range.lowerBound, line: 1, column: range.lowerBound + 1),
        end: SourcePosition(utf8Offset: range.upperBound, line: 1, column: range.upperBound + 1)),
      text: "")
  }

  /// A span, loanword or mixed word that a foreign label or unexpected script overlaps goes.
  ///
  /// One that only touches it, or any other rule's finding, stays. The specific ranges come
  /// unsorted, and a long one (0..<50) covers a finding that starts after a shorter one that ends
  /// first.
  @Test func generalFindingsOverlappedBySpecificOnesAreRemoved() {
    let findings = [
      finding(ForeignSpan.description, 5..<8),  // inside SL004 0..<50: removed
      finding(UnexpectedScript.description, 60..<70),
      finding(ForeignLabel.description, 10..<12),
      finding(UnexpectedScript.description, 0..<50),
      finding(Loanword.description, 40..<45),  // inside 0..<50, after 10..<12: removed
      finding(MixedWord.description, 50..<55),  // touches 0..<50, overlaps nothing: stays
      finding(ForeignSpan.description, 69..<80),  // overlaps 60..<70: removed
      finding(ForeignSpan.description, 70..<80),  // touches 60..<70: stays
      finding(ForeignSpan.description, 90..<90),  // empty: overlaps nothing, stays
      finding(DoubleSpace.description, 5..<8),  // not a general rule: stays
    ]
    let kept = Linter.removingOverlaps(findings)
    #expect(
      kept.map { "\($0.rule.code) \($0.range.start.utf8Offset)..<\($0.range.end.utf8Offset)" } == [
        "SL004 60..<70", "SL001 10..<12", "SL004 0..<50", "SL007 50..<55", "SL002 70..<80",
        "SL002 90..<90", "\(DoubleSpace.description.code) 5..<8",
      ])
  }

  @Test func withoutSpecificFindingsNothingIsRemoved() {
    let findings = [finding(ForeignSpan.description, 0..<4), finding(Loanword.description, 2..<6)]
    #expect(Linter.removingOverlaps(findings) == findings)
  }
}
