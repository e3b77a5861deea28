public import SalinCore
public import SalinLangID

/// `SpanDetector` over Salin's language identifier, restricted to the languages a document may
/// contain.
public struct IdentifierSpanDetector: SpanDetector {
  /// The identifier.
  public let identifier: LanguageIdentifier
  /// The languages considered; `nil` for all the model's.
  public let candidates: Set<Language>?

  /// Wraps an identifier.
  /// - Parameters:
  ///   - identifier: The identifier, with the configured names.
  ///   - candidates: The languages considered; `nil` for all the model's.
  public init(identifier: LanguageIdentifier, candidates: Set<Language>? = nil) {
    self.identifier = identifier
    self.candidates = candidates
  }

  /// The foreign spans of a text.
  /// - Parameters:
  ///   - text: The text.
  ///   - mainLanguage: The document's language.
  ///   - names: Names to set aside.
  /// - Returns: The spans.
  public func foreignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]
  {
    identifier.foreignSpans(
      in: text, mainLanguage: mainLanguage, candidates: candidates, names: names
    )
    .map {
      DetectedSpan(
        utf8Range: $0.utf8Range, language: $0.language, confidence: $0.confidence,
        evidence: $0.evidence.description, isScriptBased: $0.evidence.isScriptBased)
    }
  }

  /// The language of a whole text.
  /// - Parameters:
  ///   - text: The text.
  ///   - names: Names to set aside.
  /// - Returns: The language, or `nil` if undetermined.
  public func identify(_ text: String, names: Set<String>) -> DetectedSpan? {
    let result = identifier.identify(text, candidates: candidates, names: names)
    guard let language = result.language else { return nil }
    return DetectedSpan(
      utf8Range: 0..<text.utf8.count, language: language, confidence: result.confidence,
      evidence: result.evidence.description, isScriptBased: result.evidence.isScriptBased)
  }
}

extension Evidence {
  fileprivate var isScriptBased: Bool {
    if case .script = basis { return true }
    return false
  }
}
