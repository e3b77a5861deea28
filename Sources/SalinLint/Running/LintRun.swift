/// The outcome of linting many files: findings sorted deterministically, and one-line errors for
/// the inputs that could not be linted.
public struct LintRun: Sendable {
  /// The findings of every file, sorted by path, position and rule.
  public var findings: [Finding]
  /// One line per input that could not be linted (missing, empty, binary, not UTF-8, malformed
  /// catalog or config), each naming its file.
  public var errors: [String]
  /// How many files were linted.
  public var fileCount: Int
  /// How many fixes `--fix` applied.
  public var fixesApplied: Int

  /// Makes a run's outcome.
  /// - Parameters:
  ///   - findings: The findings.
  ///   - errors: The errors.
  ///   - fileCount: Files linted.
  ///   - fixesApplied: Fixes applied.
  public init(
    findings: [Finding] = [], errors: [String] = [], fileCount: Int = 0, fixesApplied: Int = 0
  ) {
    self.findings = findings
    self.errors = errors
    self.fileCount = fileCount
    self.fixesApplied = fixesApplied
  }

  /// The exit code: 2 if any input could not be linted, else 1 if a finding is at or above
  /// `minimumSeverity`, else 0.
  /// - Parameter minimumSeverity: The `--min-severity`.
  /// - Returns: 0, 1 or 2.
  public func exitCode(minimumSeverity: Severity) -> Int32 {
    if !errors.isEmpty { return 2 }
    return findings.contains { $0.severity >= minimumSeverity } ? 1 : 0
  }
}
