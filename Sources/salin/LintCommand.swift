import ArgumentParser
import Foundation
import SalinCatalog
import SalinCore
import SalinLangID
import SalinLint
import SalinResources

/// `salin lint`: find, explain and fix language mixing in documents.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Find text in the wrong language in documents, catalogs and PO files.",
    discussion: """
      Rules: SL001 foreign-label (fixable), SL002 foreign-span, SL003 untranslated-catalog-entry, \
      SL004 unexpected-script, SL005 undeclared-language, SL000 unused-suppression. \
      Exit codes: 0 clean, 1 findings at or above --min-severity, 2 usage, config or I/O error.
      """)

  @Argument(
    help:
      "Files or folders to lint (folders recursively, honouring .gitignore and .salinignore); '-' reads standard input."
  )
  var paths: [String] = []

  @Option(help: "The documents' language (overrides what they declare).")
  var lang: Language?

  @Option(help: "A config file to use instead of finding .salin.yml upward from each file.")
  var config: String?

  @Option(help: "Output format: stylish, json, sarif or github.")
  var format: LintFormat = .stylish

  @Option(
    help: "Report and fail only on findings at or above this severity: info, warning or error.")
  var minSeverity: Severity = .info

  @Flag(help: "Apply SL001 fixes in place (atomically; no other byte changes).")
  var fix = false

  @Option(help: "Files linted at once (default: all cores).")
  var jobs: Int?

  @Option(
    help:
      "The file name to report (and to pick the reader, language and config) for standard input.")
  var stdinFilename: String?

  @Option(help: "Extra catalog folders (repeatable).")
  var locales: [String] = []

  @Option(help: "A language model file (default: the built-in model).")
  var model: String?

  func validate() throws {
    if paths.isEmpty {
      throw ValidationError("give at least one file or folder, or '-' for standard input")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if paths.contains("-"), paths.count > 1 {
      throw ValidationError("'-' cannot be mixed with other paths")
    }
    if paths.contains("-"), fix { throw ValidationError("--fix cannot rewrite standard input") }
  }

  func run() throws {
    var configuration: LintConfiguration?
    if let config {
      do {
        configuration = try LintConfiguration.load(URL(fileURLWithPath: config))
      } catch {
        LintOutput.error("\(error)")
        throw ExitCode(2)
      }
    }
    let services = LintServices(model: model, locales: locales)
    let runner = LintRunner(
      makeLinter: { try services.linter(for: $0) }, language: lang, configuration: configuration,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, fix: fix)
    if paths == ["-"] {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      var run = runner.run(stdin: bytes, filename: stdinFilename ?? "<stdin>")
      run.findings.removeAll { $0.severity < minSeverity }
      for warning in services.warnings { LintOutput.error(warning) }
      LintOutput.write(run, format: format)
      let code = run.exitCode(minimumSeverity: minSeverity)
      if code != 0 { throw ExitCode(code) }
      return
    }
    // Sorted, so that streamed output (file by file, as each is done in order) is the same as
    // sorted output, whatever the scheduling.
    let (collected, missing) = FileCollector.collect(paths)
    let files = collected.sorted()
    let progress = LintProgress(total: files.count)
    var report: (@Sendable (Int, Int) -> Void)?
    if progress.isEnabled { report = { @Sendable done, total in progress.update(done, total) } }
    if format == .stylish || format == .github {
      // Streamed: memory stays flat however many findings a large corpus has.
      let streamed = LintOutput.Stream(format: format, minimumSeverity: minSeverity)
      runner.forEachFile(files, progress: report) { streamed.write($0) }
      progress.finish()
      let code = streamed.finish(extraErrors: missing, warnings: services.warnings)
      if code != 0 { throw ExitCode(code) }
    } else {
      var run = runner.run(files: files, progress: report)
      progress.finish()
      run.errors = (run.errors + missing).sorted()
      run.findings.removeAll { $0.severity < minSeverity }
      for warning in services.warnings { LintOutput.error(warning) }
      LintOutput.write(run, format: format)
      let code = run.exitCode(minimumSeverity: minSeverity)
      if code != 0 { throw ExitCode(code) }
    }
  }
}
