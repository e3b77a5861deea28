import ArgumentParser
import Foundation
import SalinLint

/// Writes reports to standard output and errors to standard error.
enum LintOutput {
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line.hasPrefix("warning:") || line.hasPrefix("error:") ? line : "error: " + line).utf8 + [0x0A]))
  }

  static func write(_ run: LintRun, format: LintFormat, readsStandardInput: Bool) {
    // Errors go to standard error as one line each, except where the format carries them.
    if format != .sarif && format != .json && format != .github { run.errors.forEach(error) }
    if format == .json || format == .sarif { run.errors.forEach(error) }
    let reporter: any LintReporter =
      switch format {
      case .stylish: StylishReporter(colour: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
      case .json: JSONReporter()
      case .sarif: SARIFReporter(toolVersion: SalinCommand.configuration.version)
      case .github: GitHubReporter()
      }
    var sources: [String: [String]] = [:]
    if format == .stylish {
      for path in Set(run.findings.map(\.path)) {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        sources[path] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
          .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
      }
    }
    FileHandle.standardOutput.write(Data(reporter.report(run, sources: sources).utf8))
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
