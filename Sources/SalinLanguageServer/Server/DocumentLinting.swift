public import SalinLint

/// What the language server needs from Salin's libraries: a document's findings, exactly as
/// `salin lint` gives them, and the language of a stretch of text for hovers.
public protocol DocumentLinting: Sendable {
  /// Lints a document's current text.
  /// - Parameters:
  ///   - bytes: The text in the editor (unsaved changes included).
  ///   - path: The file's path, which picks the reader, the language and the `.salin.yml`.
  /// - Returns: The findings and the problems that kept it from being linted.
  func lint(_ bytes: [UInt8], path: String) -> DocumentReport

  /// The language of a text, with confidence and evidence, as the linter's identifier sees it.
  /// - Parameters:
  ///   - text: A line or sentence.
  ///   - path: The file it is from (its config's candidates apply).
  /// - Returns: The language, or `nil` when undetermined or no identifier is loaded.
  func identify(_ text: String, path: String) -> DetectedSpan?

  /// Forgets loaded configs and catalogs, after one changed on disk.
  func reload()
}

/// A document's findings, and the problems that kept it (or part of it) from being linted.
public struct DocumentReport: Sendable {
  /// The findings, sorted by position.
  public var findings: [Finding]
  /// Problems as `salin lint` prints them (`path:line:column: …` or `path: …`).
  public var errors: [String]
  /// Problems that did not stop the lint (a built-in model that could not be loaded).
  public var warnings: [String]

  /// Makes a report.
  /// - Parameters:
  ///   - findings: The findings.
  ///   - errors: The problems.
  ///   - warnings: The problems that did not stop it.
  public init(findings: [Finding] = [], errors: [String] = [], warnings: [String] = []) {
    self.findings = findings
    self.errors = errors
    self.warnings = warnings
  }
}
