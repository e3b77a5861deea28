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

  /// Writes config files (folder relative to a new temporary root → text).
  static func tree(_ configs: [String: String]) throws -> URL {
    let root = try TestSupport.temporaryDirectory()
    for (folder, text) in configs {
      let directory = folder.isEmpty ? root : root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(
        to: directory.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    }
    return root
  }

  static func cascade(forFile path: String) throws -> LintConfiguration {
    try LintConfiguration.loadCascade(try #require(LintConfiguration.find(forFile: path)))
  }

  /// The case: a nested folder overrides one rule and inherits the parent's glob.
  @Test func nestedConfigOverridesOneRuleAndInheritsTheLanguageGlob() throws {
    let root = try Self.tree([
      "": """
      languages:
        "docs/ko/**": ko
      rules:
        SL004: error
        foreign-span: error
      names: [Bonnie Jenkins]
      catalogs: [locales]
      min-confidence: 0.8
      """,
      "docs/ko/drafts": """
      rules:
        unexpected-script: info
      names: [Kim Hong Kyun]
      catalogs: [drafts-locales]
      """,
    ])
    let file = root.appendingPathComponent("docs/ko/drafts/a.md").path
    let configuration = try Self.cascade(forFile: file)
    #expect(
      configuration.files.map { $0.path.dropFirst(root.standardizedFileURL.path.count) } == [
        "/docs/ko/drafts/.salin.yml", "/.salin.yml",
      ])
    // The parent's glob is relative to the parent's folder.
    #expect(configuration.language(forFile: file) == .korean)
    // The nested config wins for the rule it names (by name; the parent named it by code)…
    #expect(configuration.severity(of: UnexpectedScript.description) == .info)
    // …and inherits the rest.
    #expect(configuration.severity(of: ForeignSpan.description) == .error)
    #expect(configuration.severity(of: ForeignLabel.description) == .error)  // Default.
    #expect(configuration.minimumConfidence == 0.8)
    #expect(configuration.names == ["Bonnie Jenkins", "Kim Hong Kyun"])
    #expect(
      configuration.catalogDirectories.map(\.lastPathComponent) == ["locales", "drafts-locales"])
    // A file beside the parent config sees only the parent.
    let outer = try Self.cascade(forFile: root.appendingPathComponent("docs/ko/b.md").path)
    #expect(outer.severity(of: UnexpectedScript.description) == .error)
    #expect(outer.files.count == 1)
  }

  @Test func nearestLanguageSettingWins() throws {
    let root = try Self.tree([
      "": "lang: tl\nlanguages:\n  \"news/**\": ko\n",
      "news/en": "lang: en\n",
      "news/mixed": "languages:\n  \"*.tl.md\": tl\n",
    ])
    func language(_ path: String) throws -> Language? {
      let file = root.appendingPathComponent(path).path
      return try Self.cascade(forFile: file).language(forFile: file)
    }
    #expect(try language("news/en/a.md") == .english)  // Its lang: beats the parent's glob.
    #expect(try language("news/mixed/a.tl.md") == .tagalog)  // Its glob.
    #expect(try language("news/mixed/a.md") == .korean)  // The parent's glob.
    #expect(try language("notes/a.md") == .tagalog)  // The parent's lang:.
  }

  @Test func rootTrueStopsTheCascade() throws {
    let root = try Self.tree([
      "": "lang: tl\nrules:\n  SL002: off\n",
      "site": "root: true\nrules:\n  SL004: off\n",
      "site/blog": "names: [EDSCG]\n",
    ])
    let file = root.appendingPathComponent("site/blog/a.md").path
    let configuration = try Self.cascade(forFile: file)
    #expect(configuration.files.count == 2)
    #expect(configuration.isRoot)
    #expect(configuration.language(forFile: file) == nil)  // The top config's lang: is not read.
    #expect(configuration.severity(of: ForeignSpan.description) == .warning)
    #expect(configuration.severity(of: UnexpectedScript.description) == nil)
    #expect(configuration.names == ["EDSCG"])
  }

  /// `mixing:` is per document language, and the nearer config wins for each language.
  @Test func mixingLevelsMergePerLanguage() throws {
    let root = try Self.tree([
      "": "mixing:\n  tl: strict\n  en: strict\n", "inner": "mixing:\n  en: default\n",
    ])
    let merged = try Self.cascade(forFile: root.appendingPathComponent("inner/a.md").path)
    #expect(merged.mixing(of: .tagalog) == .strict)
    #expect(merged.mixing(of: .english) == .default)
    #expect(merged.mixing(of: .korean) == nil)
  }

  @Test func malformedParentConfigIsNamed() throws {
    let root = try Self.tree(["": "lang: en\ncolour: red\n", "inner": "lang: tl\n"])
    let url = try #require(
      LintConfiguration.find(forFile: root.appendingPathComponent("inner/a.md").path))
    #expect(
      throws: ConfigurationError.malformed(
        path: root.appendingPathComponent(".salin.yml").standardizedFileURL.path, line: 2,
        column: 1, message: "unknown setting 'colour'")
    ) { try LintConfiguration.loadCascade(url) }
  }

  @Test(arguments: [
    ("lang: [en\n", 2, 1, "did not find expected ',' or ']'"),
    ("color: red\n", 1, 1, "unknown setting 'color'"),
    ("lang: en\nmin-confidence: 2\n", 2, 1, "'min-confidence' must be a number from 0 to 1"),
    ("- a\n", 1, 1, "expected a mapping of settings"),
    ("root: maybe\n", 1, 1, "'root' must be true or false"),
    ("lang: en_US\n", 1, 7, "'en_US' is not a BCP 47 language tag (write en-US)"),
    (
      "languages:\n  \"*.md\": english please\n", 2, 11,
      "'english please' is not a BCP 47 language tag (such as en, tl, ko or pt-BR)"
    ),
    (
      "allow:\n  t-l: [x]\n", 2, 3,
      "'t-l' is not a BCP 47 language tag (such as en, tl, ko or pt-BR)"
    ),
    ("candidates: [en, ko_KR]\n", 1, 18, "'ko_KR' is not a BCP 47 language tag (write ko-KR)"),
    ("mixing:\n  tl: loose\n", 2, 7, "unknown mixing level 'loose' for tl (use default or strict)"),
    ("mixing: strict\n", 1, 1, "'mixing' must map language tags to default or strict"),
    // A misspelt rule or another tool's glob syntax did nothing, silently.
    (
      "rules:\n  SL999: off\n", 2, 3,
      "unknown rule 'SL999': use a rule code or name such as SL002 or foreign-span (salin lint "
        + "--help lists them)"
    ),
    (
      "rules:\n  foreign-spam: off\n", 2, 3,
      "unknown rule 'foreign-spam': use a rule code or name such as SL002 or foreign-span (salin "
        + "lint --help lists them)"
    ),
    (
      "languages:\n  \"*.{md,txt}\": tl\n", 2, 3,
      "glob '*.{md,txt}' uses '{', which Salin's globs do not have (only *, ** and ?): write one "
        + "glob per pattern"
    ),
    ("languages:\n  \"\": tl\n", 2, 3, "an empty glob matches nothing"),
    // libyaml ends a line at LS too, an editor does not: the error is on the editor's line 2.
    (
      "names: [\"a\u{2028}b\"]\nmixing: strict\n", 2, 1,
      "'mixing' must map language tags to default or strict"
    ),
  ])
  func malformed(text: String, line: Int, column: Int, message: String) throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(".salin.yml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    #expect(
      throws: ConfigurationError.malformed(
        path: url.path, line: line, column: column, message: message)
    ) {
      try LintConfiguration.load(url)
    }
  }

  @Test(arguments: [
    ("docs/ko/**", "docs/ko/a/b.md", true), ("docs/ko/**", "docs/en/a.md", false),
    ("*.tl.md", "x/y/z.tl.md", true), ("/*.md", "a.md", true), ("/*.md", "x/a.md", false),
    ("build/", "build/x.md", true), ("a?.md", "ab.md", true), ("a?.md", "a/.md", false),
    ("docs/**/a.md", "docs/a.md", true), ("docs/**/a.md", "docs/x/y/a.md", true),
    ("docs/**/a.md", "docs/x/ya.md", false), ("**.md", "a/b/c.md", true), ("*", "a/b", true),
    ("/*", "a/b", false), ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy/c", false),
  ])
  func globs(pattern: String, path: String, matches: Bool) {
    #expect(Glob(pattern).matches(path) == matches)
  }

  /// The recursive matcher backtracked exponentially on stars that almost match.
  @Test func manyStarsDoNotBacktrack() {
    let pattern = String(repeating: "*a", count: 30) + "*b"
    #expect(!Glob(pattern).matches(String(repeating: "a", count: 200)))
    #expect(Glob(pattern).matches(String(repeating: "a", count: 200) + "b"))
    let long = String(repeating: "a", count: 100_000)
    #expect(Glob(long).matches(long))
  }
}
