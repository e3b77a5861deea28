/// The counts of a lint run, added up file by file as the findings stream past.
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

  /// Every finding counted, whatever its severity.
  public var findings: Int { errors + warnings + infos }

  /// Adds one file's counts.
  /// - Parameter file: The file's outcome.
  public mutating func add(_ file: LintedFile) {
    add(file.findings)
    fixesApplied += file.fixesApplied
    if file.isLinted { files += 1 }
  }

  /// Adds findings to the counts by severity and fixability.
  /// - Parameter findings: The findings.
  public mutating func add(_ findings: some Sequence<Finding>) {
    for finding in findings {
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
      if finding.fix != nil { fixable += 1 }
    }
  }
}
