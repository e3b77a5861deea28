import SalinCore

/// Versioned JSON for programs: `{"version": 1, "tool": "salin", "findings": [...], "errors":
/// [...], "files": n, "fixesApplied": n}`.
///
/// Fields are only ever added within a version. The document is streamed: its head goes out with
/// the first file, each file's findings as soon as the file is reported (one finding a line), and
/// the run's errors and counts at the end, so memory stays flat however many findings there are.
public struct JSONReporter: LintReporter {
  /// The format's version.
  public static let version = 1

  /// Makes the reporter.
  public init() {}

  /// Whether the document's head is written.
  private var started = false
  /// Whether a finding is written (the next one needs a comma first).
  private var wroteFinding = false
  /// One buffer for every file.
  private var text = JSONText(capacity: 4096)

  /// The file's findings, one JSON object a line (after the document's head, the first time).
  /// - Parameter file: The file's findings.
  /// - Returns: The text of its findings.
  public mutating func report(_ file: LintedFile) -> String {
    text.removeAll()
    startIfNeeded()
    for finding in file.findings {
      text.append(raw: wroteFinding ? ",\n    " : "\n    ")
      wroteFinding = true
      Self.append(finding, to: &text)
    }
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The end of the document: the run's errors and counts.
  /// - Parameter run: The run's counts and errors.
  /// - Returns: The rest of the JSON document.
  public mutating func finish(_ run: LintRun) -> String {
    text.removeAll()
    startIfNeeded()
    text.append(raw: wroteFinding ? "\n  ],\n  " : "],\n  ")
    text.append(key: "errors")
    text.append(raw: " [")
    for (index, error) in run.errors.enumerated() {
      text.append(raw: index == 0 ? "\n    " : ",\n    ")
      text.append(string: error)
    }
    text.append(raw: run.errors.isEmpty ? "],\n  " : "\n  ],\n  ")
    text.append(key: "files")
    text.append(raw: " ")
    text.append(integer: run.totals.files)
    text.append(raw: ",\n  ")
    text.append(key: "fixesApplied")
    text.append(raw: " ")
    text.append(integer: run.totals.fixesApplied)
    text.append(raw: "\n}\n")
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The head, written once: what a reader needs before the findings.
  private mutating func startIfNeeded() {
    guard !started else { return }
    started = true
    text.append(raw: "{\n  ")
    text.append(key: "version")
    text.append(raw: " ")
    text.append(integer: Self.version)
    text.append(raw: ",\n  ")
    text.append(key: "tool")
    text.append(raw: " \"salin\",\n  ")
    text.append(key: "findings")
    text.append(raw: " [")
  }

  /// A finding as one JSON object, keys sorted; absent optional fields are left out.
  static func append(_ finding: Finding, to text: inout JSONText) {
    text.append(raw: "{")
    if let confidence = finding.confidence { text.field("confidence", number: confidence) }
    if let evidence = finding.evidence { text.field("evidence", string: evidence) }
    if let fix = finding.fix {
      text.field("fix")
      text.append(raw: "{")
      text.field("description", string: fix.description)
      text.field("range")
      append(fix.range, to: &text)
      text.field("replacement", string: fix.replacement)
      text.append(raw: "}")
    }
    if let language = finding.language { text.field("language", string: language.tag) }
    text.field("message", string: finding.message)
    text.field("name", string: finding.rule.name)
    text.field("path", string: finding.path)
    text.field("range")
    append(finding.range, to: &text)
    text.field("rule", string: finding.rule.code)
    text.field("severity", string: finding.severity.rawValue)
    text.field("text", string: finding.text)
    text.append(raw: "}")
  }

  /// `{"end":{…},"start":{…}}`.
  private static func append(_ range: SourceRange, to text: inout JSONText) {
    text.append(raw: "{")
    text.field("end")
    append(range.end, to: &text)
    text.field("start")
    append(range.start, to: &text)
    text.append(raw: "}")
  }

  /// `{"column":…,"line":…,"offset":…,"utf16Column":…}`: columns in Unicode scalars and in
  /// UTF-16 code units (for editors), the offset in bytes.
  private static func append(_ position: SourcePosition, to text: inout JSONText) {
    text.append(raw: "{")
    text.field("column", integer: position.column)
    text.field("line", integer: position.line)
    text.field("offset", integer: position.utf8Offset)
    text.field("utf16Column", integer: position.utf16Column)
    text.append(raw: "}")
  }
}
