import SalinCore
import SalinDocuments
import SalinLint
import Testing

/// Many suppressions and nested spans still mean what they say.
///
/// Each was quadratic (20,000 stacked comments or 10,000 nested spans ran for minutes); these
/// check the results at a size where the old code took minutes. The speed itself is not timed.
@Suite("Suppressions and declared spans at scale")
struct SuppressionScaleTests {
  static let linter = Linter(rules: [ForeignLabel()], labels: FakeLabels(), detector: nil)

  /// A stack of comments covers the one line after it; every comment is used.
  @Test func stackedNextLineCommentsCoverTheLineAfterThem() {
    let text =
      String(repeating: "<!-- salin-disable-next-line SL001 -->\n", count: 20_000)
      + "# Mga Detalye\n"
    let document = try? DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    let findings = document.map { Self.linter.lint($0, language: .english) } ?? []
    #expect(document != nil)
    #expect(findings.isEmpty)
  }

  @Test func disableEnableRangesSuppressWhatIsInsideAndReportTheUnused() throws {
    var text = ""
    for _ in 0..<2_000 {
      text += "<!-- salin-disable SL001 -->\n# Mga Detalye\n<!-- salin-enable SL001 -->\n\n"
    }
    text +=
      "<!-- salin-disable SL001 -->\nNothing here.\n<!-- salin-enable SL001 -->\n\n# Mga Detalye\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    let findings = Self.linter.lint(document, language: .english)
    #expect(findings.map(\.rule.code) == ["SL000", "SL001"])
    #expect(findings.map(\.range.start.line) == [8_001, 8_005])
  }

  @Test func tenThousandNestedSpansDeclareTheInnermostLanguage() throws {
    let text =
      String(repeating: "<span lang=\"ko\">", count: 10_000) + "<span lang=\"tl\">Mga Detalye"
      + String(repeating: "</span>", count: 10_001) + " after\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    #expect(document.declaredSpans.count == 10_001)
    let inner = try #require(text.utf8.firstIndex(of: UInt8(ascii: "M")))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: inner)
    #expect(document.declaredSpanLanguage(at: offset) == .tagalog)
    #expect(document.isInDeclaredSpan(offset..<(offset + 11)))
    #expect(!document.isInDeclaredSpan(offset..<(text.utf8.count - 1)))
    #expect(document.declaredSpanLanguage(at: text.utf8.count - 2) == nil)
  }
}
