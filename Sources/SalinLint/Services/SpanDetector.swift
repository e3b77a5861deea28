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

  /// The foreign stretches of a text, as the strict setting (`mixing: strict`) looks for them:
  /// single foreign words on weaker evidence, established loanwords included.
  /// - Parameters:
  ///   - text: A paragraph, cell or line.
  ///   - mainLanguage: The document's language.
  ///   - names: Names to set aside.
  /// - Returns: The foreign spans, with UTF-8 ranges into `text`.
  func strictForeignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]

  /// The language of a whole text.
  /// - Parameters:
  ///   - text: A catalog value or a PO translation.
  ///   - names: Names to set aside.
  /// - Returns: The language with its confidence and evidence, or `nil` if undetermined.
  func identify(_ text: String, names: Set<String>) -> DetectedSpan?

  /// The words that carry the main language's affixes on another language's root (Tagalog
  /// `nagshopping`): SL007. Detectors without morphology find none.
  /// - Parameters:
  ///   - text: A paragraph, cell or line.
  ///   - mainLanguage: The document's language.
  /// - Returns: The mixed words, with UTF-8 ranges into `text`.
  func mixedWords(in text: String, mainLanguage: Language) -> [DetectedMixedWord]
}

extension SpanDetector {
  /// The same spans as ``foreignSpans(in:mainLanguage:names:)``: the default for detectors
  /// without a strict setting.
  /// - Parameters:
  ///   - text: A paragraph.
  ///   - mainLanguage: The document's language.
  ///   - names: Names to set aside.
  /// - Returns: The foreign spans.
  public func strictForeignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]
  {
    foreignSpans(in: text, mainLanguage: mainLanguage, names: names)
  }

  /// No mixed words: the default for detectors without morphology.
  /// - Parameters:
  ///   - text: A paragraph.
  ///   - mainLanguage: The document's language.
  /// - Returns: An empty list.
  public func mixedWords(in text: String, mainLanguage: Language) -> [DetectedMixedWord] { [] }
}

/// A word of the document's language built on another language's root, as a `SpanDetector`
/// sees it.
public struct DetectedMixedWord: Hashable, Sendable {
  /// The word's UTF-8 offsets in the text that was searched.
  public let utf8Range: Range<Int>
  /// The root (`shopping` in `nagshopping`).
  public let root: String
  /// The root's language.
  public let rootLanguage: Language

  /// Makes a mixed word.
  /// - Parameters:
  ///   - utf8Range: UTF-8 offsets in the searched text.
  ///   - root: The root.
  ///   - rootLanguage: The root's language.
  public init(utf8Range: Range<Int>, root: String, rootLanguage: Language) {
    self.utf8Range = utf8Range
    self.root = root
    self.rootLanguage = rootLanguage
  }
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
  /// Whether the span is one word the document's language uses as its own (an established
  /// loanword): SL006 rather than SL002.
  public let isEstablished: Bool
  /// For a one-word span that carries the document language's affixes on a root of the span's
  /// language (`nagshopping`), the root: SL007 rather than SL002.
  public let mixedRoot: String?

  /// Makes a span.
  /// - Parameters:
  ///   - utf8Range: UTF-8 offsets in the searched text.
  ///   - language: The language.
  ///   - confidence: How sure, 0…1.
  ///   - evidence: Why.
  ///   - isScriptBased: Whether script alone decided.
  ///   - isEstablished: Whether it is an established loanword of the document's language.
  ///   - mixedRoot: The root, for a mixed word.
  public init(
    utf8Range: Range<Int>, language: Language, confidence: Double, evidence: String,
    isScriptBased: Bool = false, isEstablished: Bool = false, mixedRoot: String? = nil
  ) {
    self.utf8Range = utf8Range
    self.language = language
    self.confidence = confidence
    self.evidence = evidence
    self.isScriptBased = isScriptBased
    self.isEstablished = isEstablished
    self.mixedRoot = mixedRoot
  }
}
