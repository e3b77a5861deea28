import SalinCore

/// The default report: `file:line:col`, severity, message, rule, then the line with a caret under
/// the finding, and a summary.
///
/// Colour only when asked (the CLI asks on a terminal).
public struct StylishReporter: LintReporter {
  /// Whether to use ANSI colours.
  public let colour: Bool

  /// Makes the reporter.
  /// - Parameter colour: Whether to use ANSI colours.
  public init(colour: Bool) { self.colour = colour }

  /// A file's findings: the location, severity, message and rule, then the line of the file
  /// with a caret under the finding, and the fix if there is one.
  /// - Parameter file: The file's findings and the text they point into.
  /// - Returns: The text.
  public func report(_ file: LintedFile) -> String {
    var out = ""
    for finding in file.findings {
      let start = finding.range.start
      let severity = paint(
        finding.severity.rawValue,
        finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36")
      // Everything quoted from the document is escaped: an escape sequence in a file must not
      // drive the reader's terminal, nor a line break split a report line.
      let location = DisplayText.escapingControls("\(finding.path):\(start.line):\(start.column)")
      out +=
        "\(bold(location)): \(severity) \(DisplayText.escapingControls(finding.message)) "
      out += paint("[\(finding.rule.code) \(finding.rule.name)]", "2") + "\n"
      if let excerpt = file.excerpt(around: start.utf8Offset) {
        let snippet = Snippet(excerpt: excerpt, markedBytes: finding.range.utf8Offsets.count)
        out += "  " + snippet.text + "\n"
        out +=
          "  " + snippet.caretIndent
          + paint("^" + String(repeating: "~", count: max(0, snippet.caretWidth - 1)), "32") + "\n"
      }
      if let fix = finding.fix {
        out += "  " + paint("fix: \(DisplayText.escapingControls(fix.description))", "2") + "\n"
      }
    }
    return out
  }

  /// The closing summary of a run.
  /// - Parameter run: The run.
  /// - Returns: The summary, or an empty string when there is nothing to say.
  public func finish(_ run: LintRun) -> String { summary(run.totals) }

  /// The closing summary: problems by severity, fixable ones, fixes applied.
  /// - Parameter totals: The counts.
  /// - Returns: The summary, or an empty string when there is nothing to say.
  func summary(_ totals: LintTotals) -> String {
    var out = ""
    let count = totals.errors + totals.warnings + totals.infos
    if count > 0 {
      out +=
        "\n"
        + bold(
          "\(count) problem\(count == 1 ? "" : "s") (\(totals.errors) error\(totals.errors == 1 ? "" : "s"), "
            + "\(totals.warnings) warning\(totals.warnings == 1 ? "" : "s")\(totals.infos > 0 ? ", \(totals.infos) info" : ""))"
        )
      out += totals.fixable > 0 ? ", \(totals.fixable) fixable with --fix\n" : "\n"
    }
    if totals.fixesApplied > 0 {
      out += "\(totals.fixesApplied) fix\(totals.fixesApplied == 1 ? "" : "es") applied\n"
    }
    return out
  }

  /// Terminal columns of scalars: East Asian wide letters and emoji take two.
  static func displayWidth(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
    scalars.reduce(0) { width, scalar in
      let value = scalar.value
      if scalar.properties.generalCategory == .nonspacingMark || value == 0x200D
        || (0xFE00...0xFE0F).contains(value)
      {
        return width
      }
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0x1F1E6...0x1F1FF).contains(value) || (0x1F300...0x1FAFF).contains(value)
        || (0x20000...0x3FFFD).contains(value)
      return width + (wide ? 2 : 1)
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func bold(_ text: String) -> String { paint(text, "1") }
}
