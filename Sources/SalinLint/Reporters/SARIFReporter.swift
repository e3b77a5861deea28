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

  /// Whether the log's head is written.
  private var started = false
  /// Whether a result is written (the next one needs a comma first).
  private var wroteResult = false
  /// Each rule's place in the log's rule list, which a result's `ruleIndex` points at.
  private let ruleIndex = Dictionary(
    uniqueKeysWithValues: Linter.ruleDescriptions.enumerated().map { ($1.code, $0) })
  /// One buffer for every file.
  private var text = JSONText(capacity: 4096)

  /// The file's results, one JSON object a line (after the log's head, the first time): the log
  /// is streamed, so memory stays flat however many findings there are.
  /// - Parameter file: The file's findings.
  /// - Returns: The text of its results.
  public mutating func report(_ file: LintedFile) -> String {
    text.removeAll()
    startIfNeeded()
    // The fingerprint names the rule, file and flagged text, and which occurrence of that text it
    // is, so it does not change when lines are added above. A file's findings all come here at
    // once, so the count is the file's own.
    var occurrences: [String: Int] = [:]
    for finding in file.findings {
      let base = "\(finding.rule.code)|\(finding.path)|\(finding.text)"
      let occurrence = occurrences[base, default: 0]
      occurrences[base] = occurrence + 1
      text.append(raw: wroteResult ? ",\n        " : "\n        ")
      wroteResult = true
      appendResult(finding, fingerprint: Self.fingerprint("\(base)|\(occurrence)"))
    }
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The end of the log: the invocation, with the run's errors as notifications.
  /// - Parameter run: The run's errors.
  /// - Returns: The rest of the SARIF log.
  public mutating func finish(_ run: LintRun) -> String {
    text.removeAll()
    startIfNeeded()
    text.append(raw: wroteResult ? "\n      ],\n      " : "],\n      ")
    text.append(key: "invocations")
    text.append(raw: " [{")
    text.field("executionSuccessful", bool: run.errors.isEmpty)
    text.field("toolExecutionNotifications")
    text.append(raw: "[")
    for (index, error) in run.errors.enumerated() {
      if index > 0 { text.append(raw: ",") }
      text.append(raw: "{")
      text.field("level", string: "error")
      text.field("message")
      appendMessage(error)
      text.append(raw: "}")
    }
    text.append(raw: "]}]\n    }\n  ]\n}\n")
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The head, written once: the schema, the tool and its rules (one a line), the run's settings,
  /// and the opening of its results.
  private mutating func startIfNeeded() {
    guard !started else { return }
    started = true
    text.append(raw: "{\n  ")
    text.append(key: "$schema")
    text.append(raw: " ")
    text.append(
      string:
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    )
    text.append(raw: ",\n  ")
    text.append(key: "version")
    text.append(raw: " \"2.1.0\",\n  ")
    text.append(key: "runs")
    text.append(raw: " [\n    {\n      ")
    text.append(key: "tool")
    text.append(raw: " {")
    text.append(key: "driver")
    text.append(raw: " {")
    text.field("name", string: "salin")
    text.field("version", string: toolVersion)
    text.field("informationUri", string: informationURI)
    text.field("rules")
    text.append(raw: " [")
    for (index, rule) in Linter.ruleDescriptions.enumerated() {
      text.append(raw: index == 0 ? "\n        " : ",\n        ")
      text.append(raw: "{")
      text.field("id", string: rule.code)
      text.field("name", string: rule.name)
      text.field("shortDescription")
      appendMessage(rule.summary)
      text.field("fullDescription")
      appendMessage(rule.summary + (rule.isFixable ? " Fixable with --fix." : ""))
      text.field("helpUri", string: "\(informationURI)/blob/main/\(rule.documentationPath)")
      text.field("defaultConfiguration")
      text.append(raw: "{")
      text.field("level", string: rule.defaultSeverity.sarifLevel)
      // A rule off by default (SL053, SL056) runs once the config gives it a severity.
      text.field("enabled", bool: rule.isOnByDefault)
      text.append(raw: "}}")
    }
    text.append(raw: "\n      ]}},\n      ")
    text.append(key: "columnKind")
    text.append(raw: " \"unicodeCodePoints\",\n      ")
    if let baseDirectory {
      let directory = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
      text.append(key: "originalUriBaseIds")
      text.append(raw: " {")
      text.append(string: Self.sourceRoot)
      text.append(raw: ":{")
      text.field("uri", string: Self.fileURI(directory))
      text.append(raw: "}},\n      ")
    }
    text.append(key: "results")
    text.append(raw: " [")
  }

  /// A result: the rule, level, message, location with snippet, fingerprint, properties and fix.
  private mutating func appendResult(_ finding: Finding, fingerprint: String) {
    text.append(raw: "{")
    text.field("ruleId", string: finding.rule.code)
    text.field("ruleIndex", integer: ruleIndex[finding.rule.code] ?? 0)
    text.field("level", string: finding.severity.sarifLevel)
    text.field("message")
    appendMessage(finding.message)
    text.field("locations")
    text.append(raw: "[{")
    text.field("physicalLocation")
    text.append(raw: "{")
    text.field("artifactLocation")
    appendArtifactLocation(finding.path)
    text.field("region")
    appendRegion(finding.range, snippet: finding.text)
    text.append(raw: "}}]")
    text.field("partialFingerprints")
    text.append(raw: "{")
    text.field("salinFinding/v1", string: fingerprint)
    text.append(raw: "}")
    text.field("properties")
    text.append(raw: "{")
    text.field("name", string: finding.rule.name)
    if let language = finding.language { text.field("language", string: language.tag) }
    if let confidence = finding.confidence { text.field("confidence", number: confidence) }
    if let evidence = finding.evidence { text.field("evidence", string: evidence) }
    text.append(raw: "}")
    if let fix = finding.fix {
      text.field("fixes")
      text.append(raw: "[{")
      text.field("description")
      appendMessage(fix.description)
      text.field("artifactChanges")
      text.append(raw: "[{")
      text.field("artifactLocation")
      appendArtifactLocation(finding.path)
      text.field("replacements")
      text.append(raw: "[{")
      text.field("deletedRegion")
      appendRegion(fix.range, snippet: nil)
      text.field("insertedContent")
      appendMessage(fix.replacement)
      text.append(raw: "}]}]}]")
    }
    text.append(raw: "}")
  }

  /// `{"text":…}`: a message, a description or inserted content.
  private mutating func appendMessage(_ message: String) {
    text.append(raw: "{")
    text.field("text", string: message)
    text.append(raw: "}")
  }

  /// An absolute path as a `file:` URI; a relative one under `SRCROOT` when the base is known.
  private mutating func appendArtifactLocation(_ path: String) {
    text.append(raw: "{")
    if path.hasPrefix("/") {
      text.field("uri", string: Self.fileURI(path))
    } else {
      text.field("uri", string: Self.uri(path))
      if baseDirectory != nil { text.field("uriBaseId", string: Self.sourceRoot) }
    }
    text.append(raw: "}")
  }

  /// Lines and columns (1-based, columns in Unicode scalars as `columnKind` says, the end column
  /// just after the last character) and the bytes, so a fix applies exactly.
  private mutating func appendRegion(_ range: SourceRange, snippet: String?) {
    text.append(raw: "{")
    text.field("startLine", integer: range.start.line)
    text.field("startColumn", integer: range.start.column)
    text.field("endLine", integer: range.end.line)
    text.field("endColumn", integer: range.end.column)
    text.field("byteOffset", integer: range.start.utf8Offset)
    text.field("byteLength", integer: range.end.utf8Offset - range.start.utf8Offset)
    if let snippet {
      text.field("snippet")
      appendMessage(snippet)
    }
    text.append(raw: "}")
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
