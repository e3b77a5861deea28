/// Turns a lint run into text for a terminal, a program or a CI service.
public protocol LintReporter: Sendable {
  /// The report of a run.
  /// - Parameters:
  ///   - run: The findings and errors.
  ///   - sources: The text of a finding's file by path, for snippets; may be empty.
  /// - Returns: The report, ending with a line break if not empty.
  func report(_ run: LintRun, sources: [String: [String]]) -> String
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
