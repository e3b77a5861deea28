public import SalinCore

/// What SL002 and SL003 need from the language identifier.
public protocol SpanDetector: Sendable {
  /// The stretches of a text in another language than its main one.
  /// - Parameters:
  ///   - text: A paragraph, cell or line.
  ///   - mainLanguage: The document's language.
  ///   - names: Names to set aside.
  /// - Returns: The foreign spans, with UTF-8 ranges into `text`.
  func foreignSpans(in text: String, mainLanguage: Language, names: Set<String>) -> [DetectedSpan]

  /// The language of a whole text.
  /// - Parameters:
  ///   - text: A catalog value or a PO translation.
  ///   - names: Names to set aside.
  /// - Returns: The language with its confidence and evidence, or `nil` if undetermined.
  func identify(_ text: String, names: Set<String>) -> DetectedSpan?
}

/// A stretch of text in a language, as a `SpanDetector` sees it.
public struct DetectedSpan: Hashable, Sendable {
  /// The span's UTF-8 offsets in the text that was searched.
  public let utf8Range: Range<Int>
  /// The language.
  public let language: Language
  /// How sure, 0…1.
  public let confidence: Double
  /// Why (function words, n-grams, script).
  public let evidence: String
  /// Whether the language was decided by script alone (Hangul is Korean).
  public let isScriptBased: Bool

  /// Makes a span.
  /// - Parameters:
  ///   - utf8Range: UTF-8 offsets in the searched text.
  ///   - language: The language.
  ///   - confidence: How sure, 0…1.
  ///   - evidence: Why.
  ///   - isScriptBased: Whether script alone decided.
  public init(
    utf8Range: Range<Int>, language: Language, confidence: Double, evidence: String,
    isScriptBased: Bool = false
  ) {
    self.utf8Range = utf8Range
    self.language = language
    self.confidence = confidence
    self.evidence = evidence
    self.isScriptBased = isScriptBased
  }
}
