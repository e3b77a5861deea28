import SalinCore

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` per finding, so
/// findings show up as annotations on the pull request.
public struct GitHubReporter: LintReporter {
  /// Makes the reporter.
  public init() {}

  /// Errors are `::error::` commands: annotations where the workflow's reader looks.
  public var showsErrors: Bool { true }

  /// A file's findings as workflow commands.
  /// - Parameter file: The file's findings.
  /// - Returns: One command per line.
  public func report(_ file: LintedFile) -> String {
    var out = ""
    for finding in file.findings {
      let level =
        switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
      let start = finding.range.start
      let end = finding.range.end
      let properties = [
        "file=\(Self.property(finding.path))", "line=\(start.line)", "col=\(start.column)",
        "endLine=\(end.line)", "endColumn=\(end.column)",
        "title=\(Self.property("\(finding.rule.code) \(finding.rule.name)"))",
      ]
      out += "::\(level) \(properties.joined(separator: ","))::\(Self.data(finding.message))\n"
    }
    return out
  }

  /// The run's errors, one `::error::` command each.
  /// - Parameter run: The run.
  /// - Returns: One command per line.
  public func finish(_ run: LintRun) -> String {
    run.errors.map { "::error::\(Self.data($0))\n" }.joined()
  }

  /// Escapes a message (`%`, CR, LF), as the runner's `escapeData` does.
  static func data(_ text: String) -> String {
    text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
  }

  /// Escapes a property value (also `:` and `,`), as the runner's `escapeProperty` does.
  static func property(_ text: String) -> String {
    data(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
  }
}

extension String {
  func replacingAll(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
