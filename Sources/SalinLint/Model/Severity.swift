/// How serious a finding is; `--min-severity` and the exit code compare against it.
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable, Codable {
  /// Worth knowing, not a failure.
  case info
  /// Probably wrong.
  case warning
  /// Wrong: the document mixes languages where it must not.
  case error

  /// Orders `info < warning < error`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// The SARIF `level` (`note`, `warning`, `error`).
  public var sarifLevel: String {
    switch self {
    case .info: "note"
    case .warning: "warning"
    case .error: "error"
    }
  }
}
