import ArgumentParser
import Foundation
import SalinCore
import SalinLint

/// `salin lint`: find, explain and fix language mixing in documents.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract:
      "Find text in the wrong language in documents, catalogs, PO, XLIFF files and briefings.",
    discussion: """
      Rules: SL001 foreign-label (fixable), SL002 foreign-span, SL003 untranslated-catalog-entry, \
      SL004 unexpected-script, SL005 undeclared-language, SL000 unused-suppression; with \
      'mixing: {tl: strict}' (per document language) in .salin.yml also SL006 loanword and \
      SL007 mixed-word; in briefings (*.briefing.yaml, each variant in its locale) SL010 \
      stale-translation. Between each source and its translation (PO, catalogs, briefings, \
      XLIFF 2.0 and 1.2 targets) the QA checks SL026-SL059 (docs/rules/); with --termbase the \
      term rules SL020-SL022. \
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

  @OptionGroup var catalogs: CatalogOptions

  @OptionGroup var linter: LinterOptions

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
        StandardError.error("\(error)")
        throw ExitCode(2)
      }
    }
    let runner = LintRunner(
      linters: linter.factory(catalogs: catalogs),
      language: lang, configuration: configuration, minimumSeverity: minSeverity,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, fix: fix)
    let input: LintInput
    do {
      input =
        paths == ["-"]
        ? try .readingStandardInput(filename: stdinFilename ?? "<stdin>") : .paths(paths)
    } catch {
      StandardError.error("\(error)")
      throw ExitCode(2)
    }
    let progress = LintProgress()
    let run = runner.lint(
      input, reporter: reporter(), progress: progress.update,
      write: { FileHandle.standardOutput.write(Data($0.utf8)) },
      problems: { problem in
        progress.finish()
        switch problem {
        case .warning(let message): StandardError.warning(message)
        case .error(let message): StandardError.error(message)
        }
      })
    progress.finish()
    if run.exitCode != 0 { throw ExitCode(run.exitCode) }
  }

  /// The reporter for `--format`.
  private func reporter() -> any LintReporter {
    switch format {
    case .stylish:
      StylishReporter(
        colour: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      )
    case .json: JSONReporter()
    case .sarif:
      SARIFReporter(
        toolVersion: SalinCommand.configuration.version,
        baseDirectory: FileManager.default.currentDirectoryPath)
    case .github: GitHubReporter()
    }
  }
}
