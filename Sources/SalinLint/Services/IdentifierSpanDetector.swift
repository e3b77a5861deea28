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
    spans(in: text, mainLanguage: mainLanguage, names: names, switchPenalty: nil)
  }

  /// The foreign spans of a text under the strict setting: a lower switch penalty
  /// (`LanguageIdentifier.strictSwitchPenalty`), so single words need less evidence.
  /// - Parameters:
  ///   - text: The text.
  ///   - mainLanguage: The document's language.
  ///   - names: Names to set aside.
  /// - Returns: The spans.
  public func strictForeignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]
  {
    spans(
      in: text, mainLanguage: mainLanguage, names: names,
      switchPenalty: LanguageIdentifier.strictSwitchPenalty)
  }

  private func spans(
    in text: String, mainLanguage: Language, names: Set<String>, switchPenalty: Double?
  ) -> [DetectedSpan] {
    identifier.foreignSpans(
      in: text, mainLanguage: mainLanguage, candidates: candidates, names: names,
      switchPenalty: switchPenalty
    )
    .map {
      DetectedSpan(
        utf8Range: $0.utf8Range, language: $0.language, confidence: $0.confidence,
        evidence: $0.evidence.description, isScriptBased: $0.evidence.isScriptBased,
        isEstablished: $0.isEstablished, mixedRoot: $0.mixedRoot)
    }
  }

  /// The words of a text that carry the document language's affixes on another root.
  /// - Parameters:
  ///   - text: The text.
  ///   - mainLanguage: The document's language.
  /// - Returns: The mixed words.
  public func mixedWords(in text: String, mainLanguage: Language) -> [DetectedMixedWord] {
    identifier.mixedWords(in: text, mainLanguage: mainLanguage, candidates: candidates).map {
      DetectedMixedWord(utf8Range: $0.utf8Range, root: $0.root, rootLanguage: $0.rootLanguage)
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
