/// A finding as an editor shows it (LSP's `Diagnostic`).
public struct Diagnostic: Hashable, Sendable, Codable {
  /// Where, in UTF-16 positions.
  public var range: TextRange
  /// 1 error, 2 warning, 3 information, 4 hint.
  public var severity: Int
  /// The rule's code (`SL001`).
  public var code: String?
  /// A link to the rule's page.
  public var codeDescription: CodeDescription?
  /// Always `salin`.
  public var source: String
  /// What is wrong.
  public var message: String

  /// Makes a diagnostic.
  /// - Parameters:
  ///   - range: Where.
  ///   - severity: 1 error … 4 hint.
  ///   - code: The rule's code.
  ///   - codeDescription: A link to the rule's page.
  ///   - message: What is wrong.
  public init(
    range: TextRange, severity: Int, code: String?, codeDescription: CodeDescription? = nil,
    message: String
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.codeDescription = codeDescription
    self.source = "salin"
    self.message = message
  }

  /// Where a rule is documented.
  public struct CodeDescription: Hashable, Sendable, Codable {
    /// The page's URI.
    public var href: String
  }
}

/// The parameters of `textDocument/publishDiagnostics`: all of a document's diagnostics.
public struct PublishDiagnosticsParams: Hashable, Sendable, Codable {
  /// The document.
  public var uri: String
  /// The version the diagnostics were computed for.
  public var version: Int?
  /// Every diagnostic of the document (an empty list clears them).
  public var diagnostics: [Diagnostic]
}
