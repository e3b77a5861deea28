import ArgumentParser
import Foundation
import SalinLint
import Synchronization

/// Writes reports to standard output and errors to standard error.
enum LintOutput {
  static func error(_ line: String) {
    FileHandle.standardError.write(
      Data(
        (line.hasPrefix("warning:") || line.hasPrefix("error:") ? line : "error: " + line).utf8 + [
          0x0A
        ]))
  }

  static func write(_ run: LintRun, format: LintFormat) {
    // One line per error on standard error; SARIF also carries them as notifications, JSON in
    // "errors", GitHub as ::error commands.
    if format != .github { run.errors.forEach(error) }
    FileHandle.standardOutput.write(
      Data(reporter(format).report(run, sources: sources(of: run)).utf8))
  }

  static func reporter(_ format: LintFormat) -> any LintReporter {
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

  /// The lines of the files with findings, for stylish snippets.
  static func sources(of run: LintRun) -> [String: [String]] {
    var sources: [String: [String]] = [:]
    for path in Set(run.findings.map(\.path)) {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      sources[path] = String(decoding: data, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
    }
    return sources
  }

  /// Writes stylish or github output file by file, keeping only counts and errors.
  final class Stream: Sendable {
    private let format: LintFormat
    private let minimumSeverity: Severity
    private let state = Mutex<(totals: LintTotals, errors: [String], failing: Bool)>(
      (LintTotals(), [], false))

    init(format: LintFormat, minimumSeverity: Severity) {
      self.format = format
      self.minimumSeverity = minimumSeverity
    }

    func write(_ file: LintRun) {
      var file = file
      file.findings.removeAll { $0.severity < minimumSeverity }
      let text: String
      if format == .stylish, let reporter = LintOutput.reporter(.stylish) as? StylishReporter {
        text = reporter.findings(file, sources: LintOutput.sources(of: file))
      } else {
        text = LintOutput.reporter(format).report(LintRun(findings: file.findings), sources: [:])
      }
      if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
      state.withLock {
        $0.totals.add(file)
        $0.errors += file.errors
        if !file.findings.isEmpty { $0.failing = true }
      }
    }

    /// Prints the errors and the summary.
    /// - Returns: The exit status.
    func finish(extraErrors: [String], warnings: [String]) -> Int32 {
      let (totals, errors, failing) = state.withLock { ($0.totals, $0.errors, $0.failing) }
      let allErrors = Array(Set(errors + extraErrors)).sorted()
      for warning in warnings { LintOutput.error(warning) }
      if format == .github {
        FileHandle.standardOutput.write(
          Data(GitHubReporter().report(LintRun(errors: allErrors), sources: [:]).utf8))
      } else {
        allErrors.forEach(LintOutput.error)
        if let reporter = LintOutput.reporter(.stylish) as? StylishReporter {
          FileHandle.standardOutput.write(Data(reporter.summary(totals).utf8))
        }
      }
      // Exit status: 2 if an input could not be linted, else 1 if a finding at or above
      // --min-severity was reported, else 0.
      return allErrors.isEmpty ? (failing ? 1 : 0) : 2
    }
  }
}

/// A progress line on standard error, only on a terminal and only for long runs.
final class LintProgress: Sendable {
  /// Runs with fewer files finish too fast to need one.
  static let minimumFiles = 200
  let total: Int
  let isEnabled: Bool

  init(total: Int) {
    self.total = total
    isEnabled = total >= Self.minimumFiles && isatty(STDERR_FILENO) != 0
  }

  func update(_ done: Int, _ total: Int) {
    guard done % 50 == 0 || done == total else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[Klinting \(done)/\(total) files".utf8))
  }

  func finish() {
    if isEnabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
