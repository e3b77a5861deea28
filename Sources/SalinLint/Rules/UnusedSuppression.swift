import SalinCore
import SalinDocuments

/// SL000 `unused-suppression`: a `salin-disable…` comment that hides no finding, so it can go, and
/// a `salin-enable` that closes no `salin-disable`.
///
/// Unlike the other rules it does not read the document's text: it reads what the suppressions
/// hid once every other rule's findings went through them, so the ``Linter`` runs it last.
/// Its own findings cannot be suppressed.
public struct UnusedSuppression: Sendable {
  /// SL000 unused-suppression.
  public static let description = RuleDescription(
    code: "SL000", name: "unused-suppression", defaultSeverity: .warning,
    summary: "A salin-disable comment suppresses nothing.")

  /// Makes the rule.
  public init() {}

  /// The directives that hid nothing, and the stray `salin-enable`s.
  /// - Parameters:
  ///   - suppressions: The document's suppressions, after filtering every other rule's findings.
  ///   - document: The document.
  ///   - severity: The configured severity.
  /// - Returns: One finding per directive.
  func findings(in suppressions: Suppressions, of document: Document, severity: Severity)
    -> [Finding]
  {
    var findings: [Finding] = []
    for entry in suppressions.unused {
      findings.append(
        finding(.unused(entry), at: entry.directive.range, of: document, severity: severity))
    }
    for directive in suppressions.strayEnables {
      findings.append(finding(.strayEnable, at: directive.range, of: document, severity: severity))
    }
    return findings
  }

  private func finding(
    _ message: String, at range: SourceRange, of document: Document, severity: Severity
  ) -> Finding {
    let text = String(decoding: document.lines.bytes[range.utf8Offsets], as: UTF8.self)
    return Finding(
      rule: Self.description, message: message, path: document.path, range: range, text: text,
      severity: severity)
  }
}

extension String {
  /// The whole directive can go, or only the codes that hid nothing.
  fileprivate static func unused(_ entry: Suppressions.Entry) -> String {
    let unused = entry.unusedCodes
    if entry.codes.isEmpty { return "this suppression hides no finding; remove it" }
    let list = unused.joined(separator: ", ")
    return unused.count == entry.codes.count
      ? "this suppression hides no finding of \(list); remove it"
      : "this suppression hides no finding of \(list); remove "
        + (unused.count == 1 ? "that code" : "those codes")
  }

  fileprivate static let strayEnable =
    "this salin-enable closes no salin-disable before it; remove it, or fix the codes to match "
    + "the salin-disable it should end"
}
