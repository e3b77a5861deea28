import Foundation
import SalinCore

/// SARIF 2.1.0 for code-scanning services: rule metadata (id, name, descriptions, help URI,
/// default level), results with regions in Unicode code points, `partialFingerprints` that survive
/// lines moving, and `fixes` with the replacement.
///
/// The log validates against the OASIS SARIF 2.1.0 schema (`scripts/validate-sarif.sh`). Beyond
/// the schema it follows the spec's advice on paths: a relative path is a relative URI under the
/// `SRCROOT` base, which `originalUriBaseIds` maps to the directory salin ran in (a `file:` URI
/// ending in `/`); an absolute path is a `file:` URI.
public struct SARIFReporter: LintReporter {
  /// The tool version written in the log.
  public let toolVersion: String
  /// Where rule pages live (`docs/rules/SL001.md` is appended).
  public let informationURI: String
  /// The absolute directory relative paths are relative to; `nil` leaves `SRCROOT` undefined.
  public let baseDirectory: String?

  /// The `uriBaseId` of relative paths.
  static let sourceRoot = "SRCROOT"

  /// Makes the reporter.
  /// - Parameters:
  ///   - toolVersion: Salin's version.
  ///   - informationURI: The project's home, for rule help links.
  ///   - baseDirectory: The absolute directory relative paths start from (the working directory).
  public init(
    toolVersion: String, informationURI: String = "https://github.com/salin-l10n/salin",
    baseDirectory: String? = nil
  ) {
    self.toolVersion = toolVersion
    self.informationURI = informationURI
    self.baseDirectory = baseDirectory
  }

  /// The findings so far, kept for the log written at the end.
  private var findings: [Finding] = []

  /// Keeps a file's findings for the log.
  /// - Parameter file: The file's findings.
  /// - Returns: Nothing yet: the log is written whole at the end.
  public mutating func report(_ file: LintedFile) -> String {
    findings += file.findings
    return ""
  }

  /// The SARIF log of the run.
  /// - Parameter run: The run's errors.
  /// - Returns: Pretty-printed SARIF JSON.
  public func finish(_ run: LintRun) -> String {
    let rules = Linter.ruleDescriptions
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    var occurrences: [String: Int] = [:]
    let results: [[String: Any]] = findings.map { finding in
      // The fingerprint names the rule, file and flagged text, and which occurrence of that text it
      // is, so it does not change when lines are added above.
      let base = "\(finding.rule.code)|\(finding.path)|\(finding.text)"
      let occurrence = occurrences[base, default: 0]
      occurrences[base] = occurrence + 1
      var result: [String: Any] = [
        "ruleId": finding.rule.code,
        "ruleIndex": ruleIndex[finding.rule.code] ?? 0,
        "level": finding.severity.sarifLevel,
        "message": ["text": finding.message],
        "locations": [
          ["physicalLocation": physicalLocation(finding.path, finding.range, snippet: finding.text)]
        ],
        "partialFingerprints": ["salinFinding/v1": Self.fingerprint("\(base)|\(occurrence)")],
      ]
      var properties: [String: Any] = ["name": finding.rule.name]
      if let language = finding.language { properties["language"] = language.tag }
      if let confidence = finding.confidence { properties["confidence"] = confidence }
      if let evidence = finding.evidence { properties["evidence"] = evidence }
      result["properties"] = properties
      if let fix = finding.fix {
        result["fixes"] = [
          [
            "description": ["text": fix.description],
            "artifactChanges": [
              [
                "artifactLocation": artifactLocation(finding.path),
                "replacements": [
                  [
                    "deletedRegion": region(fix.range),
                    "insertedContent": ["text": fix.replacement],
                  ]
                ],
              ]
            ],
          ]
        ]
      }
      return result
    }
    let notifications: [[String: Any]] = run.errors.map {
      ["level": "error", "message": ["text": $0]]
    }
    var sarifRun: [String: Any] = [
      "tool": [
        "driver": [
          "name": "salin",
          "version": toolVersion,
          "informationUri": informationURI,
          "rules": rules.map { rule -> [String: Any] in
            [
              "id": rule.code,
              "name": rule.name,
              "shortDescription": ["text": rule.summary],
              "fullDescription": [
                "text": rule.summary + (rule.isFixable ? " Fixable with --fix." : "")
              ],
              "helpUri": "\(informationURI)/blob/main/\(rule.documentationPath)",
              "defaultConfiguration": ["level": rule.defaultSeverity.sarifLevel],
            ]
          },
        ]
      ],
      "invocations": [
        [
          "executionSuccessful": run.errors.isEmpty,
          "toolExecutionNotifications": notifications,
        ]
      ],
      "columnKind": "unicodeCodePoints",
      "results": results,
    ]
    if let baseDirectory {
      let directory = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
      sarifRun["originalUriBaseIds"] = [Self.sourceRoot: ["uri": Self.fileURI(directory)]]
    }
    let log: [String: Any] = [
      "$schema":
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
      "version": "2.1.0",
      "runs": [sarifRun],
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func physicalLocation(_ path: String, _ range: SourceRange, snippet: String) -> [String:
    Any]
  {
    var region = region(range)
    region["snippet"] = ["text": snippet]
    return ["artifactLocation": artifactLocation(path), "region": region]
  }

  /// An absolute path as a `file:` URI; a relative one under `SRCROOT` when the base is known.
  private func artifactLocation(_ path: String) -> [String: Any] {
    if path.hasPrefix("/") { return ["uri": Self.fileURI(path)] }
    guard baseDirectory != nil else { return ["uri": Self.uri(path)] }
    return ["uri": Self.uri(path), "uriBaseId": Self.sourceRoot]
  }

  /// Lines and columns (1-based, columns in Unicode scalars as `columnKind` says, the end column
  /// just after the last character) and the bytes, so a fix applies exactly.
  private func region(_ range: SourceRange) -> [String: Any] {
    [
      "startLine": range.start.line, "startColumn": range.start.column,
      "endLine": range.end.line, "endColumn": range.end.column,
      "byteOffset": range.start.utf8Offset,
      "byteLength": range.end.utf8Offset - range.start.utf8Offset,
    ]
  }

  /// An absolute path as a `file://` URI.
  static func fileURI(_ path: String) -> String { "file://" + uri(path) }

  /// A relative path as a URI reference (spaces, `%` and `:` escaped); `-` for standard input.
  ///
  /// A `:` is escaped because a relative reference whose first segment holds one (`a:b.md`) reads
  /// as a URI with the scheme `a` (RFC 3986, section 4.2).
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "%:")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  /// FNV-1a, 64 bits, in hex: stable across runs and platforms (Swift's `Hasher` is seeded).
  static func fingerprint(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
