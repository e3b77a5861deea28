import SalinCore
import SalinTerms

/// The concepts a source text names whose terms a translation lacks: SL022's test, shared by the
/// lint rule (catalog and PO values against their source) and the briefing check.
struct MissingTermCheck {
  let termbase: Termbase

  /// The concepts named in `source` (in its language) that `target` writes with none of the
  /// concept's terms of its language; concepts without terms in the target language are skipped.
  /// - Returns: Each missing concept's index and the source term found.
  func missing(
    source: String, sourceLanguage: Language, target: String, targetLanguage: Language
  ) -> [(concept: Int, sourceTerm: String)] {
    let inSource = TermMatcher(termbase: termbase, language: sourceLanguage).matches(in: source)
      .filter { $0.status != .forbidden }
    guard !inSource.isEmpty else { return [] }
    let inTarget = Set(
      TermMatcher(termbase: termbase, language: targetLanguage).matches(in: target).map(\.concept))
    var seen: Set<Int> = []
    var result: [(Int, String)] = []
    for match in inSource
    where !inTarget.contains(match.concept) && seen.insert(match.concept).inserted {
      let concept = termbase.concepts[match.concept]
      let targetTerms = (concept.terms[targetLanguage] ?? []).filter { $0.status != .forbidden }
      guard !targetTerms.isEmpty else { continue }
      result.append((match.concept, match.term))
    }
    return result
  }
}
