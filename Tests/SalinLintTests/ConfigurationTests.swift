import Foundation
import SalinCore
import SalinLint
import SalinTestSupport
import Testing

@Suite("LintConfiguration")
struct ConfigurationTests {
  @Test func discoveredUpwardAndApplied() throws {
    let root = try TestSupport.temporaryDirectory()
    let nested = root.appendingPathComponent("docs/ko/deep")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try """
    lang: en
    languages:
      "docs/ko/**": ko
      "*.tl.md": tl
    rules:
      SL004: off
      foreign-span: error
    names: [Bonnie Jenkins]
    acronyms: [EDSCG]
    allow:
      tl: [press briefing]
    catalogs: [more-locales]
    candidates: [en, tl, ko]
    min-confidence: 0.75
    """.write(to: root.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    let file = nested.appendingPathComponent("a.md").path
    let url = try #require(LintConfiguration.find(forFile: file))
    #expect(url.lastPathComponent == ".salin.yml")
    let configuration = try LintConfiguration.load(url)
    #expect(configuration.language(forFile: file) == .korean)
    #expect(
      configuration.language(forFile: root.appendingPathComponent("x/y.tl.md").path) == .tagalog)
    #expect(
      configuration.language(forFile: root.appendingPathComponent("notes.md").path) == .english)
    #expect(configuration.severity(of: UnexpectedScript.description) == nil)
    #expect(configuration.severity(of: ForeignSpan.description) == .error)
    #expect(configuration.severity(of: ForeignLabel.description) == .error)
    #expect(configuration.names == ["Bonnie Jenkins", "EDSCG"])
    #expect(configuration.allow[.tagalog] == ["press briefing"])
    #expect(configuration.catalogDirectories.map(\.lastPathComponent) == ["more-locales"])
    #expect(configuration.candidates == [.english, .tagalog, .korean])
    #expect(configuration.minimumConfidence == 0.75)
  }

  @Test func nearestConfigWins() throws {
    let root = try TestSupport.temporaryDirectory()
    let inner = root.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try "lang: en\n".write(
      to: root.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    try "lang: tl\n".write(
      to: inner.appendingPathComponent(".salin.yaml"), atomically: true, encoding: .utf8)
    let url = try #require(
      LintConfiguration.find(forFile: inner.appendingPathComponent("a.md").path))
    #expect(try LintConfiguration.load(url).defaultLanguage == .tagalog)
  }

  @Test(arguments: [
    ("lang: [en\n", 2, "did not find expected ',' or ']'"),
    ("color: red\n", 1, "unknown setting 'color'"),
    ("lang: en\nmin-confidence: 2\n", 2, "'min-confidence' must be a number from 0 to 1"),
    ("- a\n", 1, "expected a mapping of settings"),
  ])
  func malformed(text: String, line: Int, message: String) throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(".salin.yml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    #expect(throws: ConfigurationError.malformed(path: url.path, line: line, message: message)) {
      try LintConfiguration.load(url)
    }
  }

  @Test(arguments: [
    ("docs/ko/**", "docs/ko/a/b.md", true), ("docs/ko/**", "docs/en/a.md", false),
    ("*.tl.md", "x/y/z.tl.md", true), ("/*.md", "a.md", true), ("/*.md", "x/a.md", false),
    ("build/", "build/x.md", true), ("a?.md", "ab.md", true), ("a?.md", "a/.md", false),
  ])
  func globs(pattern: String, path: String, matches: Bool) {
    #expect(Glob(pattern).matches(path) == matches)
  }
}
