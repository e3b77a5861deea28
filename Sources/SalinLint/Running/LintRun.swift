/// What a lint run adds up to once every file is reported: the counts, the inputs that could not
/// be linted, the warnings, and the exit code.
///
/// Findings are not kept here: the runner hands them on file by file (see ``LintedFile``), so a
/// run's memory does not grow with the number of findings.
public struct LintRun: Hashable, Sendable {
  /// The counts of the findings reported (those at or above the minimum severity), the files
  /// linted and the fixes applied.
  public var totals: LintTotals
  /// One line per input that could not be linted (missing, empty, binary, not UTF-8, malformed
  /// catalog or config), each naming its file; sorted, each once.
  public var errors: [String]
  /// Problems that did not stop the run, such as a built-in language model that could not be
  /// loaded (SL002 and SL003 were skipped).
  public var warnings: [String]

  /// Makes a run's outcome.
  /// - Parameters:
  ///   - totals: The counts.
  ///   - errors: The errors.
  ///   - warnings: The warnings.
  public init(totals: LintTotals = LintTotals(), errors: [String] = [], warnings: [String] = []) {
    self.totals = totals
    self.errors = errors
    self.warnings = warnings
  }

  /// The exit code, Salin's only rule for it: 2 if any input could not be linted, else 1 if a
  /// finding was reported (every reported finding is at or above the minimum severity), else 0.
  public var exitCode: Int32 {
    if !errors.isEmpty { return 2 }
    return totals.findings > 0 ? 1 : 0
  }
}
