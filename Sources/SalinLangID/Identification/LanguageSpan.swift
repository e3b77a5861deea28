public import SalinCore

/// A stretch of a paragraph in another language than the paragraph's own.
public struct LanguageSpan: Sendable, Hashable {
  /// The span's range in the paragraph's UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// The span's range in the paragraph's Unicode scalars.
  public var scalarRange: Range<Int>
  /// The span's text, from its first word to its last.
  public var text: String
  /// The language the span is in.
  public var language: Language
  /// How sure the identifier is, from 0 to 1.
  public var confidence: Double
  /// What the answer rests on.
  public var evidence: Evidence
  /// Whether the span is one word the main language uses as its own.
  ///
  /// That is an established loanword (Tagalog `video`, English `jeepney`), learnt from how often
  /// the main language's running text uses it. A phrase, or a word with no established use, is a
  /// switch.
  public var isEstablished = false
  /// The root, for a span that is one word with the main language's affixes on a foreign root.
  ///
  /// `nagshopping`, `na-adjourn`: Tagalog morphology on a borrowed root, not a switch.
  public var mixedRoot: String?

  /// Makes a span; normally only the identifier does.
  /// - Parameters:
  ///   - utf8Range: The range in UTF-8 bytes.
  ///   - scalarRange: The range in Unicode scalars.
  ///   - text: The span's text.
  ///   - language: Its language.
  ///   - confidence: How sure the identifier is.
  ///   - evidence: What the answer rests on.
  public init(
    utf8Range: Range<Int>, scalarRange: Range<Int>, text: String, language: Language,
    confidence: Double, evidence: Evidence
  ) {
    self.utf8Range = utf8Range
    self.scalarRange = scalarRange
    self.text = text
    self.language = language
    self.confidence = confidence
    self.evidence = evidence
  }
}
