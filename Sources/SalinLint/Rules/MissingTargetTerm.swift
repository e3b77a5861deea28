import SalinCore
import SalinDocuments
import SalinTerms

/// SL022 `missing-target-term`: a translation that leaves out the termbase's term for a concept its
/// source names — a catalog value against the same key's English message, a PO `msgstr` against its
/// `msgid` ("Postura Nuclear" for "Nuclear Posture" is fine; "Postura" alone is not), a
/// briefing's variant against its source variant, an XLIFF target against its source.
public struct MissingTargetTerm: LintRule {
  /// SL022 missing-target-term.
  public static let description = RuleDescription(
    code: "SL022", name: "missing-target-term", defaultSeverity: .warning,
    summary: "A source term's concept is missing from its translation.")

  /// Makes the rule.
  public init() {}

  /// The translations that lack a concept's term.
  /// - Parameter context: The document, its language, the catalogs and the termbase.
  /// - Returns: One finding per value and missing concept.
  public func findings(in context: LintContext) -> [Finding] {
    guard let termbase = context.termbase, let fileLanguage = context.language else { return [] }
    let check = MissingTermCheck(termbase: termbase)
    var findings: [Finding] = []
    for segment in context.document.segments where !segment.isNested {
      let source: String?
      let sourceLanguage = Language.english
      switch segment.kind {
      case .catalogValue(let key, let locale, _):
        guard (locale ?? fileLanguage) != sourceLanguage else { continue }
        source = context.labels?.messageSource(forKey: key, language: sourceLanguage)
      case .poMessage(let msgid, _):
        source = msgid
      default:
        continue
      }
      guard let source, !source.isEmpty else { continue }
      let targetLanguage: Language =
        if case .catalogValue(_, let locale?, _) = segment.kind { locale } else { fileLanguage }
      for (index, term) in check.missing(
        source: source, sourceLanguage: sourceLanguage, target: segment.text,
        targetLanguage: targetLanguage)
      {
        let concept = termbase.concepts[index]
        let range = segment.sourceOffsets(ofTextUTF8: 0..<segment.text.utf8.count)
        guard !context.isDeclared(range) else { continue }
        findings.append(
          finding(
            .missing(term, concept: concept.id, expected: concept.preferred(in: targetLanguage)),
            in: context, utf8Range: range))
      }
    }
    // Briefings and XLIFF files pair their own sources with their translations.
    if context.document.format == .briefing || context.document.format == .xliff {
      for pair in context.translationPairs() where !pair.target.isEmpty {
        guard !context.isDeclared(pair.range) else { continue }
        for (index, term) in check.missing(
          source: pair.source, sourceLanguage: pair.sourceLanguage, target: pair.target,
          targetLanguage: fileLanguage)
        {
          let concept = termbase.concepts[index]
          findings.append(
            finding(
              .missing(term, concept: concept.id, expected: concept.preferred(in: fileLanguage)),
              in: context, utf8Range: pair.range))
        }
      }
    }
    return findings
  }
}

extension String {
  fileprivate static func missing(_ term: String, concept: String, expected: String?) -> String {
    "the source says '\(term)' ('\(concept)') but the translation has none of its terms"
      + (expected.map { "; expected '\($0)'" } ?? "")
  }
}
