import Foundation
public import SalinLint
import Synchronization

/// Lints editor buffers through `salin lint`'s own entry point (`LintRunner`, as for standard
/// input with `--stdin-filename`): the same readers, `.salin.yml` cascade, rules and suppressions.
///
/// Linters are made once per configuration and kept for the server's life, so the catalogs and
/// the language model load once, not per keystroke; a changed `.salin.yml` is a new configuration
/// value and gets its own linter.
public final class LintService: DocumentLinting {
  private let makeLinter: @Sendable (LintConfiguration) throws -> Linter
  private let linters = Mutex<[LintConfiguration: Linter]>([:])
  private let lastLinter = Mutex<[String: Linter]>([:])

  /// Makes a service.
  /// - Parameter makeLinter: Makes the linter for a config, as `salin lint` does (catalogs and
  ///   model); called once per distinct config.
  public init(makeLinter: @escaping @Sendable (LintConfiguration) throws -> Linter) {
    self.makeLinter = makeLinter
  }

  /// Lints a buffer as `salin lint - --stdin-filename PATH` would; a briefing is checked by the
  /// briefing loader instead.
  /// - Parameters:
  ///   - bytes: The buffer's text.
  ///   - path: The file's path.
  /// - Returns: The findings and errors.
  public func lint(_ bytes: [UInt8], path: String) -> DocumentReport {
    if BriefingCheck.isBriefing(path) {
      return DocumentReport(errors: BriefingCheck.problems(bytes, path: path))
    }
    let runner = LintRunner(
      makeLinter: { [self] configuration in
        let linter = try linter(for: configuration)
        lastLinter.withLock { $0[path] = linter }
        return linter
      }, language: nil, configuration: nil, jobs: 1, fix: false)
    let run = runner.run(stdin: bytes, filename: path)
    return DocumentReport(findings: run.findings, errors: run.errors)
  }

  /// The language of a text, by the identifier of the linter that last linted `path`.
  /// - Parameters:
  ///   - text: The text.
  ///   - path: The file.
  /// - Returns: The language, or `nil`.
  public func identify(_ text: String, path: String) -> DetectedSpan? {
    lastLinter.withLock { $0[path] }?.detector?.identify(text, names: [])
  }

  /// Forgets every linter made, so that the next lint loads the catalogs and configs anew.
  public func reload() {
    linters.withLock { $0.removeAll() }
  }

  private func linter(for configuration: LintConfiguration) throws -> Linter {
    if let made = linters.withLock({ $0[configuration] }) { return made }
    let made = try makeLinter(configuration)
    linters.withLock { $0[configuration] = made }
    return made
  }
}
