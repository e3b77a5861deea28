/// What a rule is called and how serious its findings are unless configured otherwise.
public struct RuleDescription: Hashable, Sendable {
  /// The stable code, such as `SL001`.
  public let code: String
  /// The stable name, such as `foreign-label`.
  public let name: String
  /// The severity of its findings unless the config says otherwise.
  public let defaultSeverity: Severity
  /// One sentence saying what it finds.
  public let summary: String
  /// Whether its findings can carry a fix.
  public let isFixable: Bool
  /// Whether the rule runs when the config says nothing about it.
  ///
  /// A rule off by default (a check pofilter users know as noisy) runs once the config gives it a
  /// severity (`SL050: warning`).
  public let isOnByDefault: Bool

  /// Makes a description.
  /// - Parameters:
  ///   - code: The stable code.
  ///   - name: The stable name.
  ///   - defaultSeverity: The default severity.
  ///   - summary: What it finds.
  ///   - isFixable: Whether its findings can carry a fix.
  ///   - isOnByDefault: Whether it runs when the config does not mention it.
  public init(
    code: String, name: String, defaultSeverity: Severity, summary: String, isFixable: Bool = false,
    isOnByDefault: Bool = true
  ) {
    self.isOnByDefault = isOnByDefault
    self.code = code
    self.name = name
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.isFixable = isFixable
  }

  /// The documentation page of the rule, relative to the repository.
  public var documentationPath: String { "docs/rules/\(code).md" }
}
