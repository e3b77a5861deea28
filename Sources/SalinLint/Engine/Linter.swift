public import SalinCore
public import SalinDocuments
public import SalinTerms

/// Runs the rules over a document: resolves its language, applies configured severities and
/// inline suppressions, drops duplicate reports, and reports unused suppressions.
public struct Linter: Sendable {
  /// The rules that ship with Salin, in code order.
  public static let allRules: [any LintRule] = [
    ForeignLabel(), ForeignSpan(), UntranslatedCatalogEntry(), UnexpectedScript(),
    UndeclaredLanguage(), Loanword(), MixedWord(), StaleTranslation(), ForbiddenTerm(),
    InconsistentTerm(), MissingTargetTerm(), AcceleratorMismatch(), CompendiumConflict(),
    PlaceholderMismatch(), NumberMismatch(), URLMismatch(), AcronymMismatch(), BracketMismatch(),
    EndPunctuation(), UnchangedTranslation(), LengthRatio(), EscapeMismatch(), NewlineMismatch(),
    UntranslatedEntry(), FuzzyEntry(), DoubleSpace(), PurePunctuation(), PluralForms(),
    TabMismatch(), LeadingWhitespace(), TrailingWhitespace(), XMLTagMismatch(),
    DoubleQuoteMismatch(), SingleQuoteMismatch(), RepeatedWord(), StartCapital(),
    Capitalization(), StartPunctuation(), PunctuationSpacing(), SentenceCount(),
    FilePathMismatch(), FunctionMismatch(), OptionMismatch(),
  ]

  /// Every rule description, including SL000, for SARIF metadata and docs.
  public static var ruleDescriptions: [RuleDescription] {
    [UnusedSuppression.description] + allRules.map { type(of: $0).description }
  }

  /// The rules run.
  public let rules: [any LintRule]
  /// Catalog labels for SL001.
  public let labels: (any LabelLookup)?
  /// The language identifier for SL002 and SL003.
  public let detector: (any SpanDetector)?
  /// The built-in allow list (loanwords and titles per locale).
  public let allowList: AllowList
  /// The project's termbase, for SL020–SL022.
  public let termbase: Termbase?

  /// Makes a linter.
  /// - Parameters:
  ///   - rules: The rules; all by default.
  ///   - labels: Catalog labels; without them SL001 finds nothing.
  ///   - detector: The language identifier; without it SL002 and SL003 find nothing.
  ///   - allowList: Loanwords and titles; the built-in lists by default.
  ///   - termbase: The project's termbase; without it SL020–SL022 find nothing.
  public init(
    rules: [any LintRule] = Linter.allRules, labels: (any LabelLookup)?,
    detector: (any SpanDetector)?,
    allowList: AllowList = .builtIn, termbase: Termbase? = nil
  ) {
    self.termbase = termbase
    self.rules = rules
    self.labels = labels
    self.detector = detector
    self.allowList = allowList
  }

  /// The language of a document: `--lang`, then what the document declares (comment, front matter,
  /// `<html lang>`, file name, PO header, catalog locale), then the config.
  ///
  /// A briefing's text is in the locales it is written under, whatever `--lang` says: each
  /// part of it declares its locale (`Document.languageParts`); so is an XLIFF file's, in the
  /// target language it names. No guessing.
  /// - Parameters:
  ///   - document: The document.
  ///   - override: `--lang`, if given.
  ///   - configuration: The config that applies to the file.
  /// - Returns: The language, or `nil` (SL005).
  public static func language(
    of document: Document, override: Language?, configuration: LintConfiguration
  ) -> Language? {
    if let declared = document.declaredLanguage,
      declared.source == .briefing || declared.source == .xliff
    {
      return declared.language
    }
    return override ?? document.declaredLanguage?.language
      ?? configuration.language(forFile: document.path)
  }

  /// Lints one document; a briefing language by language (`Document.languageParts`), so that each
  /// variant is checked in its own locale.
  /// - Parameters:
  ///   - document: The document.
  ///   - override: `--lang`, if given.
  ///   - configuration: The config that applies to the file.
  ///   - names: Names known for this document (a briefing's entities), besides the config's.
  /// - Returns: The findings, sorted by position.
  public func lint(
    _ document: Document, language override: Language? = nil,
    configuration: LintConfiguration = LintConfiguration(), names: Set<String> = []
  ) -> [Finding] {
    let allNames = names.union(configuration.names).union(document.names)
    let allowList = allowList.adding(phrases: configuration.allow, names: configuration.names)
    var findings: [Finding] = []
    for part in document.languageParts {
      let language = Self.language(of: part, override: override, configuration: configuration)
      let context = LintContext(
        document: part, language: language, labels: labels, detector: detector,
        allowList: allowList, names: allNames, minimumConfidence: configuration.minimumConfidence,
        termbase: termbase, mixing: language.flatMap { configuration.mixing(of: $0) } ?? .default)
      for rule in rules {
        guard let severity = configuration.severity(of: type(of: rule).description) else {
          continue
        }
        findings += rule.findings(in: context).map {
          var finding = $0
          finding.severity = severity
          return finding
        }
      }
    }
    findings = Self.removingOverlaps(findings)
    var suppressions = Suppressions(document: document)
    findings = suppressions.filter(findings)
    if let severity = configuration.severity(of: UnusedSuppression.description) {
      findings += UnusedSuppression().findings(in: suppressions, of: document, severity: severity)
    }
    return findings.sorted(by: Finding.precedes)
  }

  /// One report per problem: a foreign label (SL001) or an unexpected script (SL004) is not also a
  /// foreign span, loanword or mixed word (SL002, SL006, SL007).
  ///
  /// Sort and sweep: the specific ranges sorted by start, with the furthest end reached so far, so
  /// that each general finding is one binary search (a document with many of both was quadratic).
  static func removingOverlaps(_ findings: [Finding]) -> [Finding] {
    // Empty ranges overlap nothing (`Range.overlaps`), so they never remove a finding.
    let specific = findings.lazy.filter { $0.rule.code == "SL001" || $0.rule.code == "SL004" }
      .map(\.range.utf8Offsets).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
    guard !specific.isEmpty else { return findings }
    var furthestEnd: [Int] = []
    furthestEnd.reserveCapacity(specific.count)
    for range in specific { furthestEnd.append(max(furthestEnd.last ?? .min, range.upperBound)) }
    let general: Set = ["SL002", "SL006", "SL007"]
    return findings.filter { finding in
      guard general.contains(finding.rule.code) else { return true }
      let range = finding.range.utf8Offsets
      guard !range.isEmpty else { return true }
      // The specific ranges that start before this one ends: the first `starting` of them.
      var low = 0
      var high = specific.count
      while low < high {
        let middle = (low + high) / 2
        if specific[middle].lowerBound < range.upperBound {
          low = middle + 1
        } else {
          high = middle
        }
      }
      // One of them overlaps it when one of them ends after it starts.
      return low == 0 || furthestEnd[low - 1] <= range.lowerBound
    }
  }
}
