/// Turns a lint run into text for a terminal, a program or a CI service, file by file as the
/// runner hands the files on, then once at the end.
///
/// A reporter sees each ``LintedFile`` once, in path order, with the text its findings point
/// into; what it keeps between calls is its own affair (the stylish and GitHub reporters keep
/// nothing, so their output streams).
public protocol LintReporter: Sendable {
  /// Whether the report shows the run's errors where its reader sees them (GitHub's `::error`
  /// annotations), so that they need not also go to standard error.
  var showsErrors: Bool { get }

  /// The text for one file, written as soon as the file is reported.
  /// - Parameter file: The file's findings (at or above the minimum severity), errors and text.
  /// - Returns: The text, ending with a line break if not empty.
  mutating func report(_ file: LintedFile) -> String

  /// The text that ends the report, once every file is reported.
  /// - Parameter run: The run's counts, errors and warnings.
  /// - Returns: The text, ending with a line break if not empty.
  mutating func finish(_ run: LintRun) -> String
}

extension LintReporter {
  /// Errors go to standard error unless the reporter says otherwise.
  public var showsErrors: Bool { false }
}

/// The output formats of `salin lint --format`.
public enum LintFormat: String, CaseIterable, Sendable {
  /// For people: grouped by file, with the line and a caret; colour on a terminal.
  case stylish
  /// For programs: versioned JSON.
  case json
  /// SARIF 2.1.0, for code-scanning services.
  case sarif
  /// GitHub Actions workflow annotations.
  case github
}
