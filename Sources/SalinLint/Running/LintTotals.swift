/// Counts of a run, kept instead of the findings when output is streamed file by file.
public struct LintTotals: Hashable, Sendable {
  /// Findings of severity error.
  public var errors = 0
  /// Findings of severity warning.
  public var warnings = 0
  /// Findings of severity info.
  public var infos = 0
  /// Findings with a fix.
  public var fixable = 0
  /// Fixes applied by `--fix`.
  public var fixesApplied = 0
  /// Files linted.
  public var files = 0

  /// No counts yet.
  public init() {}

  /// The counts of a run.
  /// - Parameter run: The run.
  public init(_ run: LintRun) { add(run) }

  /// Adds a run's (or one file's) counts.
  /// - Parameter run: The run.
  public mutating func add(_ run: LintRun) {
    for finding in run.findings {
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
      if finding.fix != nil { fixable += 1 }
    }
    fixesApplied += run.fixesApplied
    files += run.fileCount
  }
}
