import Foundation
public import SalinCore
public import SalinLint

/// Lints editor buffers through `salin lint`'s own entry point.
///
/// That is `LintRunner` on standard input with a file name, as `salin lint - --stdin-filename
/// PATH`: the same readers, `.salin.yml` cascade, rules and suppressions. A briefing is checked
/// by the briefing loader first, so that every problem of one that does not load is shown.
///
/// The factory lives as long as the server, so the model and each config's catalogs load once,
/// not per keystroke; a changed `.salin.yml` is a new config and gets its own linter.
public final class LintService: DocumentLinting {
  private let linters: LinterFactory
  private let language: Language?

  /// Makes a service.
  /// - Parameters:
  ///   - linters: Makes (and keeps) the linter for each config, as for `salin lint`.
  ///   - language: `--lang`: every document's language, over what it declares.
  public init(linters: LinterFactory, language: Language? = nil) {
    self.linters = linters
    self.language = language
  }

  /// Lints a buffer.
  /// - Parameters:
  ///   - bytes: The buffer's text.
  ///   - path: The file's path.
  /// - Returns: The findings, errors and warnings.
  public func lint(_ bytes: [UInt8], path: String) -> DocumentReport {
    // A briefing that does not load gets every problem the loader finds (lint stops at the
    // first); one that loads is linted like any document (mixing per locale, SL010).
    if BriefingCheck.isBriefing(path) {
      let problems = BriefingCheck.problems(bytes, path: path)
      if !problems.isEmpty { return DocumentReport(errors: problems) }
    }
    let runner = LintRunner(linters: linters, language: language, jobs: 1)
    let (findings, run) = runner.findings(.standardInput(bytes, filename: path))
    return DocumentReport(findings: findings, errors: run.errors, warnings: run.warnings)
  }

  /// The language of a text, by the identifier of the linter for `path`'s config.
  /// - Parameters:
  ///   - text: The text.
  ///   - path: The file.
  /// - Returns: The language, or `nil`.
  public func identify(_ text: String, path: String) -> DetectedSpan? {
    let configuration = LintConfiguration.find(forFile: path).flatMap {
      try? LintConfiguration.loadCascade($0)
    }
    let linter = try? linters.linter(for: configuration ?? LintConfiguration())
    return linter?.detector?.identify(text, names: [])
  }

  /// Forgets the catalogs loaded, after one changed on disk.
  public func reload() {
    linters.reloadCatalogs()
  }
}
