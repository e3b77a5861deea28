public import SalinCore
public import SalinDocuments
public import SalinTerms

/// A check over one document.
///
/// Each rule lives in its own file, named for what it flags, with its messages at the bottom.
public protocol LintRule: Sendable {
  /// The rule's code, name, default severity and summary.
  static var description: RuleDescription { get }
  /// The findings in a document.
  /// - Parameter context: The document and what the linter knows about it.
  /// - Returns: The findings, in any order.
  func findings(in context: LintContext) -> [Finding]
}

extension LintRule {
  /// Makes a finding of this rule at a range of the document.
  func finding(
    _ message: String, in context: LintContext, utf8Range: Range<Int>, fix: Fix? = nil,
    language: Language? = nil, confidence: Double? = nil, evidence: String? = nil
  ) -> Finding {
    let document = context.document
    let range = document.lines.range(of: utf8Range)
    let text = String(decoding: document.lines.bytes[utf8Range], as: UTF8.self)
    return Finding(
      rule: Self.description, message: message, path: document.path, range: range, text: text,
      fix: fix, language: language, confidence: confidence, evidence: evidence)
  }
}

/// What a rule sees: the document, its language and the services the linter was given.
public struct LintContext: Sendable {
  /// The document.
  public let document: Document
  /// The document's language, or `nil` if it could not be determined (SL005).
  public let language: Language?
  /// Catalog labels, for SL001.
  public let labels: (any LabelLookup)?
  /// The language identifier, for SL002 and SL003.
  public let detector: (any SpanDetector)?
  /// Loanwords, titles, names and acronyms that are never findings.
  public let allowList: AllowList
  /// Names known for this document (a briefing's entities, the config's names).
  public let names: Set<String>
  /// The confidence SL002 and SL003 need.
  public let minimumConfidence: Double
  /// The project's termbase, for the term rules (SL020–SL022); `nil` when none is configured.
  public let termbase: Termbase?
  /// How strictly the document language's mixing is checked (`mixing:` in the config).
  public let mixing: MixingLevel
  /// The document's translation pairs, made once for the QA and PO rules.
  let translations = TranslationPairCache()

  /// Makes a context.
  /// - Parameters:
  ///   - document: The document.
  ///   - language: Its language.
  ///   - labels: Catalog labels.
  ///   - detector: The language identifier.
  ///   - allowList: What is never a finding.
  ///   - names: Names known for this document.
  ///   - minimumConfidence: The confidence SL002 and SL003 need.
  ///   - termbase: The project's termbase, if any.
  ///   - mixing: How strictly the document language's mixing is checked.
  public init(
    document: Document, language: Language?, labels: (any LabelLookup)?,
    detector: (any SpanDetector)?, allowList: AllowList, names: Set<String>,
    minimumConfidence: Double, termbase: Termbase? = nil, mixing: MixingLevel = .default
  ) {
    self.termbase = termbase
    self.mixing = mixing
    self.document = document
    self.language = language
    self.labels = labels
    self.detector = detector
    self.allowList = allowList
    self.names = names
    self.minimumConfidence = minimumConfidence
  }

  /// The document's prose segments: not nested, not catalog or PO values.
  public var proseSegments: [Segment] {
    document.segments.filter { !$0.isNested && $0.kind.isDocumentText }
  }

  /// Whether a byte range lies in a span that declares its own language.
  public func isDeclared(_ utf8Range: Range<Int>) -> Bool {
    document.isInDeclaredSpan(utf8Range)
  }
}
