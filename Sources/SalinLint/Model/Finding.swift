public import SalinCore

/// Something a rule found in a document: a value, not an error.
public struct Finding: Hashable, Sendable {
  /// The rule that found it.
  public let rule: RuleDescription
  /// Its severity after configuration.
  public var severity: Severity
  /// What is wrong, in one sentence.
  public let message: String
  /// The file's path as the user gave it.
  public let path: String
  /// Where in the file.
  public let range: SourceRange
  /// The flagged text.
  public let text: String
  /// A catalog-backed replacement, if the rule knows one.
  public let fix: Fix?
  /// The language the flagged text is in, if a rule determined it.
  public let language: Language?
  /// How sure the rule is, 0…1, for findings of the language identifier.
  public let confidence: Double?
  /// Why the rule thinks so (function words, n-grams, script).
  public let evidence: String?

  /// Makes a finding.
  /// - Parameters:
  ///   - rule: The rule.
  ///   - message: What is wrong.
  ///   - path: The file's path.
  ///   - range: Where.
  ///   - text: The flagged text.
  ///   - fix: A replacement, if known.
  ///   - language: The flagged text's language.
  ///   - confidence: How sure, 0…1.
  ///   - evidence: Why.
  ///   - severity: The severity; the rule's default if `nil`.
  public init(
    rule: RuleDescription, message: String, path: String, range: SourceRange, text: String,
    fix: Fix? = nil, language: Language? = nil, confidence: Double? = nil, evidence: String? = nil,
    severity: Severity? = nil
  ) {
    self.rule = rule
    self.severity = severity ?? rule.defaultSeverity
    self.message = message
    self.path = path
    self.range = range
    self.text = text
    self.fix = fix
    self.language = language
    self.confidence = confidence
    self.evidence = evidence
  }

  /// Orders findings by path, then position, then rule code: output is deterministic.
  public static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
    (lhs.path, lhs.range.start.utf8Offset, lhs.rule.code, lhs.range.end.utf8Offset, lhs.message)
      < (rhs.path, rhs.range.start.utf8Offset, rhs.rule.code, rhs.range.end.utf8Offset, rhs.message)
  }
}

/// A replacement of a range of bytes, which `--fix` applies.
public struct Fix: Hashable, Sendable {
  /// The bytes to replace.
  public let range: SourceRange
  /// What replaces them.
  public let replacement: String
  /// What the fix does, for SARIF and messages.
  public let description: String

  /// Makes a fix.
  /// - Parameters:
  ///   - range: The bytes to replace.
  ///   - replacement: The new text.
  ///   - description: What the fix does.
  public init(range: SourceRange, replacement: String, description: String) {
    self.range = range
    self.replacement = replacement
    self.description = description
  }
}
