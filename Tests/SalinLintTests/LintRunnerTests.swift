import Foundation
import SalinCatalog
import SalinCore
import SalinLangID
import SalinLint
import SalinResources
import SalinTestSupport
import Synchronization
import Testing

@Suite("LintRunner")
struct LintRunnerTests {
  /// The built-in catalogs and language model, named as a file: a model that fails to load
  /// fails the tests rather than quietly running them without the language rule.
  static let linters = LinterFactory(model: .file(BuiltInLocales.languageModel))

  static func runner(
    fix: Bool = false, jobs: Int = 2, language: Language? = .english,
    minimumSeverity: Severity = .info
  ) -> LintRunner {
    LintRunner(
      linters: linters, language: language, minimumSeverity: minimumSeverity, jobs: jobs, fix: fix)
  }

  static func seedCopy() throws -> (directory: URL, path: String) {
    let directory = try TestSupport.temporaryDirectory()
    let path = directory.appendingPathComponent("seed.txt").path
    try FileManager.default.copyItem(
      atPath: TestSupport.seedArticleURL.path,
      toPath: path)
    return (directory, path)
  }

  /// The check: exactly the two Tagalog labels, with fixes; nothing on names or acronyms.
  @Test func seedHasExactlyTwoForeignLabels() throws {
    let (_, path) = try Self.seedCopy()
    let (findings, run) = Self.runner().findings(.paths([path]))
    #expect(run.errors.isEmpty)
    #expect(findings.map(\.rule.code) == ["SL001", "SL001"])
    #expect(findings.map(\.text) == ["Mga Detalye", "Mga pinagmumulan"])
    #expect(findings.map(\.range.start.description) == ["15:25", "25:1"])
    #expect(findings.map { $0.fix?.replacement } == ["Details", "Sources"])
    #expect(run.exitCode == 1)
  }

  @Test func fixChangesOnlyTheTwoSpansAndIsIdempotent() throws {
    let (_, path) = try Self.seedCopy()
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let fixed = Self.runner(fix: true).findings(.paths([path]))
    #expect(fixed.run.totals.fixesApplied == 2)
    #expect(fixed.findings.isEmpty)
    let expected = original.replacingOccurrences(of: "| Mga Detalye |", with: "| Details |")
      .replacingOccurrences(of: "Mga pinagmumulan:", with: "Sources:")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    let again = Self.runner(fix: true).findings(.paths([path])).run
    #expect(again.totals.fixesApplied == 0)
    #expect(again.exitCode == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
  }

  /// Each bad input is one line naming its file; the good file is still linted; exit 2.
  @Test func badInputsAreOneLineErrorsAndOthersStillLinted() throws {
    let (directory, seed) = try Self.seedCopy()
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let path = directory.appendingPathComponent(name).path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      return path
    }
    let empty = try write("empty.md", [])
    let invalid = try write("invalid.txt", Array("ok\n".utf8) + [0xC3, 0x28])
    let binary = try write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    let missing = directory.appendingPathComponent("missing.md").path
    let (findings, run) = Self.runner().findings(.paths([empty, invalid, binary, missing, seed]))
    #expect(
      run.errors == [
        "\(binary):1:4: binary file (a NUL byte here), not text: Salin reads UTF-8 text",
        "\(empty): file is empty",
        "\(invalid):2:1: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)",
        "\(missing): no such file or directory",
      ])
    // The good file's own two findings, not just two findings from anywhere.
    #expect(findings.map(\.path) == [seed, seed])
    #expect(findings.map(\.text) == ["Mga Detalye", "Mga pinagmumulan"])
    #expect(run.totals.files == 1)
    #expect(run.exitCode == 2)
  }

  @Test func malformedConfigIsOneErrorNamingIt() throws {
    let directory = try TestSupport.temporaryDirectory()
    let bad = directory.appendingPathComponent("bad")
    try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
    try "rules:\n  SL002: loud\n".write(
      to: bad.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    try "# Mga Detalye\n".write(
      to: bad.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try "# Mga Detalye\n".write(
      to: bad.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    let good = directory.appendingPathComponent("good.md")
    try "# Mga Detalye\n".write(to: good, atomically: true, encoding: .utf8)
    let (findings, run) = Self.runner().findings(.paths([directory.path]))
    let configPath = bad.appendingPathComponent(".salin.yml").standardizedFileURL.path
    #expect(
      run.errors == [
        "\(configPath):2:10: invalid config: unknown severity 'loud' for SL002 (use error, warning, info or off)"
      ])
    #expect(findings.map(\.path) == [good.path])
    #expect(run.exitCode == 2)
  }

  /// Config discovery end to end: a nested folder turns SL004 off and inherits `lang: en`.
  @Test func nestedConfigsCascade() throws {
    let directory = try TestSupport.temporaryDirectory()
    let quotes = directory.appendingPathComponent("quotes")
    try FileManager.default.createDirectory(at: quotes, withIntermediateDirectories: true)
    try "lang: en\n".write(
      to: directory.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    try "rules:\n  unexpected-script: off\n".write(
      to: quotes.appendingPathComponent(".salin.yml"), atomically: true, encoding: .utf8)
    for folder in [directory, quotes] {
      try "The talks on 확장억제 went on.\n".write(
        to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    }
    let (findings, run) = Self.runner(language: nil).findings(.paths([directory.path]))
    #expect(run.errors.isEmpty)
    // Pinned: the script rule and the language rule only (SL002 depends on the model's judgement).
    let pinned = findings.filter { ["SL004", "SL005"].contains($0.rule.code) }
    #expect(pinned.map(\.rule.code) == ["SL004"])
    #expect(pinned.map(\.path) == [directory.appendingPathComponent("a.md").path])
  }

  @Test func minimumSeverityAndDeterministicOrder() throws {
    let directory = try TestSupport.temporaryDirectory()
    var paths: [String] = []
    for index in 0..<12 {
      let path = directory.appendingPathComponent("f\(index).md").path
      try "# Mga Detalye\n\n확장억제\n".write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    let one = Self.runner(jobs: 1).findings(.paths(paths.reversed()))
    let four = Self.runner(jobs: 4).findings(.paths(paths))
    #expect(one.findings == four.findings)
    #expect(one.findings.count == 24)
    #expect(one.findings.first?.path == paths.sorted().first)
    #expect(one.run.exitCode == 1)
    let scriptOnly = Self.runner().findings(.paths([paths[0]])).findings
    #expect(scriptOnly.map(\.severity) == [.error, .warning])
  }

  /// `--min-severity` decides in one place what is reported, counted and failed on.
  @Test func minimumSeverityFiltersFindingsTotalsAndExitCode() throws {
    let directory = try TestSupport.temporaryDirectory()
    let path = directory.appendingPathComponent("a.md").path
    try "확장억제\n".write(toFile: path, atomically: true, encoding: .utf8)
    let all = Self.runner().findings(.paths([path]))
    #expect(all.findings.map(\.rule.code) == ["SL004"])
    #expect(all.run.totals.warnings == 1)
    #expect(all.run.exitCode == 1)
    let errorsOnly = Self.runner(minimumSeverity: .error).findings(.paths([path]))
    #expect(errorsOnly.findings.isEmpty)
    #expect(errorsOnly.run.totals.findings == 0)
    #expect(errorsOnly.run.totals.files == 1)
    #expect(errorsOnly.run.exitCode == 0)
  }

  @Test func standardInputUsesTheFilename() {
    let (findings, run) = Self.runner(language: nil).findings(
      .standardInput(Array("# Details\n\n확장억제\n".utf8), filename: "docs/a.tl.md"))
    #expect(findings.map(\.rule.code) == ["SL001", "SL004"])
    #expect(findings.allSatisfy { $0.path == "docs/a.tl.md" })
    #expect(findings.first?.fix?.replacement == "Mga Detalye")
    #expect(run.totals.files == 1)
  }

  /// Each file is handed on with the text its findings point into: standard input as read, a
  /// file as it was before `--fix` rewrote it.
  @Test func eachFileCarriesTheTextItWasLintedFrom() throws {
    let input = Array("# Mga Detalye\n".utf8)
    let files = Mutex<[LintedFile]>([])
    _ = Self.runner().lint(.standardInput(input, filename: "a.md")) { file in
      files.withLock { $0.append(file) }
    }
    let file = try #require(files.withLock { $0.first })
    #expect(file.source == input)
    #expect(file.line(containing: file.findings[0].range.start.utf8Offset) == "# Mga Detalye")
    let (_, path) = try Self.seedCopy()
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let fixed = Mutex<[LintedFile]>([])
    _ = Self.runner(fix: true).lint(.paths([path])) { file in fixed.withLock { $0.append(file) } }
    #expect(fixed.withLock { $0.first?.source } == Array(original.utf8))
  }

  /// A model the user names must load: no linter without it.
  @Test func aNamedModelThatCannotLoadIsAnError() throws {
    let directory = try TestSupport.temporaryDirectory()
    let model = directory.appendingPathComponent("bad.salinlm")
    try Data("not a model".utf8).write(to: model)
    let runner = LintRunner(linters: LinterFactory(model: .file(model)), language: .english)
    let run = runner.findings(.standardInput(Array("Hello.\n".utf8), filename: "a.md")).run
    #expect(run.errors == ["'\(model.path)' is not a Salin language model (bad magic)"])
    #expect(run.exitCode == 2)
  }
}
