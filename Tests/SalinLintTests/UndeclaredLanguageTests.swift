import SalinCore
import SalinLint
import Testing

@Suite("UndeclaredLanguage (SL005)")
struct UndeclaredLanguageTests {
  @Test func noLanguageIsOneFindingAndNoGuess() throws {
    let marked = MarkedText("1️⃣# Mga Detalye\n\n확장억제\n")
    let findings = try lint(marked, path: "notes.md", language: nil)
    #expect(matches(findings, [FindingSpec("1️⃣", "SL005", text: "")], in: marked))
  }

  @Test(arguments: [
    ("notes.en.md", "# Details\n"),
    ("notes.md", "<!-- salin: lang=en -->\n# Details\n"),
    ("notes.md", "---\nlang: en\n---\n# Details\n"),
  ])
  func declaredLanguageIsUsed(path: String, text: String) throws {
    #expect(try lint(MarkedText(text), path: path, language: nil).isEmpty)
  }

  @Test func configGlobGivesTheLanguage() throws {
    var configuration = LintConfiguration()
    configuration.languages = [(Glob("docs/tl/**"), .tagalog)]
    #expect(configuration.language(forFile: "docs/tl/a/b.md") == .tagalog)
    #expect(configuration.language(forFile: "docs/en/b.md") == nil)
    let findings = try lint(
      MarkedText("# Details\n"), path: "docs/tl/x.md", language: nil, configuration: configuration)
    #expect(findings.map(\.rule.code) == ["SL001"])
  }
}
