import Foundation
import SalinCatalog
import SalinCore
import SalinLangID
import SalinLint
import SalinResources
import SalinTestSupport
import Testing

@Suite("LintRunner")
struct LintRunnerTests {
  /// The built-in catalogs and language model; a model that fails to load fails the tests
  /// rather than quietly running them without the language rule.
  static let catalogs = Result { try Catalogs.load() }
  static let model = Result { try LanguageModel(contentsOf: BuiltInLocales.languageModel) }

  static func runner(fix: Bool = false, jobs: Int = 2, language: Language? = .english) -> LintRunner
  {
    LintRunner(
      makeLinter: { _ in
        let catalogs = try Self.catalogs.get()
        let model = try Self.model.get()
        return Linter(
          labels: CatalogLabelLookup(catalogs: catalogs),
          detector: IdentifierSpanDetector(identifier: LanguageIdentifier(model: model)))
      }, language: language, configuration: nil, jobs: jobs, fix: fix)
  }

  static func seedCopy() throws -> (directory: URL, path: String) {
    let directory = try TestSupport.temporaryDirectory()
    let path = directory.appendingPathComponent("seed.txt").path
    try FileManager.default.copyItem(
      atPath: TestSupport.packageRoot.appendingPathComponent("seeds/000_59885a65178f0467.txt").path,
      toPath: path)
    return (directory, path)
  }

  /// The check: exactly the two Tagalog labels, with fixes; nothing on names or acronyms.
  @Test func seedHasExactlyTwoForeignLabels() throws {
    let (_, path) = try Self.seedCopy()
    let run = Self.runner().run(files: [path])
    #expect(run.errors.isEmpty)
    #expect(run.findings.map(\.rule.code) == ["SL001", "SL001"])
    #expect(run.findings.map(\.text) == ["Mga Detalye", "Mga pinagmumulan"])
    #expect(run.findings.map(\.range.start.description) == ["15:25", "25:1"])
    #expect(run.findings.map { $0.fix?.replacement } == ["Details", "Sources"])
    #expect(run.exitCode(minimumSeverity: .info) == 1)
  }

  @Test func fixChangesOnlyTheTwoSpansAndIsIdempotent() throws {
    let (_, path) = try Self.seedCopy()
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let fixed = Self.runner(fix: true).run(files: [path])
    #expect(fixed.fixesApplied == 2)
    #expect(fixed.findings.isEmpty)
    let expected = original.replacingOccurrences(of: "| Mga Detalye |", with: "| Details |")
      .replacingOccurrences(of: "Mga pinagmumulan:", with: "Sources:")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    let again = Self.runner(fix: true).run(files: [path])
    #expect(again.fixesApplied == 0)
    #expect(again.exitCode(minimumSeverity: .info) == 0)
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
    let run = Self.runner().run(files: [empty, invalid, binary, missing, seed])
    #expect(
      run.errors == [
        "\(binary): binary file (contains NUL bytes), not text",
        "\(empty): file is empty",
        "\(invalid):2: file is not valid UTF-8",
        "\(missing): no such file or directory",
      ])
    // The good file's own two findings, not just two findings from anywhere.
    #expect(run.findings.map(\.path) == [seed, seed])
    #expect(run.findings.map(\.text) == ["Mga Detalye", "Mga pinagmumulan"])
    #expect(run.fileCount == 1)
    #expect(run.exitCode(minimumSeverity: .info) == 2)
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
    let files = FileCollector.collect([directory.path]).files
    let run = Self.runner().run(files: files)
    let configPath = bad.appendingPathComponent(".salin.yml").standardizedFileURL.path
    #expect(
      run.errors == [
        "\(configPath):2: invalid config: unknown severity 'loud' for SL002 (use error, warning, info or off)"
      ])
    #expect(run.findings.map(\.path) == [good.path])
    #expect(run.exitCode(minimumSeverity: .info) == 2)
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
    let run = Self.runner(language: nil).run(
      files: FileCollector.collect([directory.path]).files)
    #expect(run.errors.isEmpty)
    // Pinned: the script rule and the language rule only (SL002 depends on the model's judgement).
    let pinned = run.findings.filter { ["SL004", "SL005"].contains($0.rule.code) }
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
    let one = Self.runner(jobs: 1).run(files: paths.reversed())
    let four = Self.runner(jobs: 4).run(files: paths)
    #expect(one.findings == four.findings)
    #expect(one.findings.count == 24)
    #expect(one.findings.first?.path == paths.sorted().first)
    var warningsOnly = four
    warningsOnly.findings.removeAll { $0.severity < .error }
    #expect(warningsOnly.findings.allSatisfy { $0.rule.code == "SL001" })
    #expect(four.exitCode(minimumSeverity: .error) == 1)
    let scriptOnly = Self.runner().run(files: [paths[0]])
    #expect(scriptOnly.findings.map(\.severity) == [.error, .warning])
  }

  @Test func standardInputUsesTheFilename() {
    let run = Self.runner(language: nil).run(
      stdin: Array("# Details\n\n확장억제\n".utf8), filename: "docs/a.tl.md")
    #expect(run.findings.map(\.rule.code) == ["SL001", "SL004"])
    #expect(run.findings.allSatisfy { $0.path == "docs/a.tl.md" })
    #expect(run.findings.first?.fix?.replacement == "Mga Detalye")
  }
}
