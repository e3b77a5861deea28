import Foundation
import SalinCore

/// Versioned JSON for programs: `{"version": 1, "findings": [...], "errors": [...]}`.
///
/// Fields are only ever added within a version.
public struct JSONReporter: LintReporter {
  /// The format's version.
  public static let version = 1

  /// Makes the reporter.
  public init() {}

  /// The findings so far, kept for the document written at the end.
  private var findings: [FindingRecord] = []

  /// Keeps a file's findings for the document.
  /// - Parameter file: The file's findings.
  /// - Returns: Nothing yet: the document is written whole at the end.
  public mutating func report(_ file: LintedFile) -> String {
    findings += file.findings.map(FindingRecord.init)
    return ""
  }

  /// The JSON document of the run.
  /// - Parameter run: The run's counts and errors.
  /// - Returns: Pretty-printed JSON with sorted keys.
  public func finish(_ run: LintRun) -> String {
    let document = Report(
      version: Self.version, tool: "salin", files: run.totals.files,
      fixesApplied: run.totals.fixesApplied, findings: findings, errors: run.errors)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private struct Report: Encodable {
    let version: Int
    let tool: String
    let files: Int
    let fixesApplied: Int
    let findings: [FindingRecord]
    let errors: [String]
  }

  struct Position: Encodable {
    let line: Int
    let column: Int
    let utf16Column: Int
    let offset: Int

    init(_ position: SourcePosition) {
      line = position.line
      column = position.column
      utf16Column = position.utf16Column
      offset = position.utf8Offset
    }
  }

  struct Range: Encodable {
    let start: Position
    let end: Position

    init(_ range: SourceRange) {
      start = Position(range.start)
      end = Position(range.end)
    }
  }

  struct FixRecord: Encodable {
    let range: Range
    let replacement: String
    let description: String
  }

  struct FindingRecord: Encodable {
    let path: String
    let rule: String
    let name: String
    let severity: String
    let message: String
    let text: String
    let range: Range
    let fix: FixRecord?
    let language: String?
    let confidence: Double?
    let evidence: String?

    init(_ finding: Finding) {
      path = finding.path
      rule = finding.rule.code
      name = finding.rule.name
      severity = finding.severity.rawValue
      message = finding.message
      text = finding.text
      range = Range(finding.range)
      fix = finding.fix.map {
        FixRecord(range: Range($0.range), replacement: $0.replacement, description: $0.description)
      }
      language = finding.language?.tag
      confidence = finding.confidence
      evidence = finding.evidence
    }
  }
}
