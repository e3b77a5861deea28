import SalinCore

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` per finding, so
/// findings show up as annotations on the pull request.
public struct GitHubReporter: LintReporter {
  /// Makes the reporter.
  public init() {}

  /// The workflow commands of a run.
  /// - Parameters:
  ///   - run: The findings and errors.
  ///   - sources: Unused.
  /// - Returns: One command per line.
  public func report(_ run: LintRun, sources: [String: [String]]) -> String {
    var out = ""
    for finding in run.findings {
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
    for error in run.errors { out += "::error::\(Self.data(error))\n" }
    return out
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
