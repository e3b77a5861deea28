import SalinCore
import SalinDocuments
import SalinTerms

/// SL021 `inconsistent-term`: one concept written two ways in one document ("nuclear" in the
/// prose and "Nukleyar" in the table; 한국 and 대한민국), fixable to the preferred term.
///
/// Forbidden terms are SL020's; a short form beside its full term (EDSCG, DPRK, 한미) is not a
/// second rendering. Every occurrence that is not the preferred term is reported; where the
/// document never uses the preferred term, the first term it uses is taken as its choice.
public struct InconsistentTerm: LintRule {
  /// SL021 inconsistent-term.
  public static let description = RuleDescription(
    code: "SL021", name: "inconsistent-term", defaultSeverity: .warning,
    summary: "A concept of the termbase is written with two different terms in one document.")

  /// Makes the rule.
  public init() {}

  /// The second renderings of concepts in a document.
  /// - Parameter context: The document, its language and the termbase.
  /// - Returns: One finding per occurrence of a concept's other rendering.
  public func findings(in context: LintContext) -> [Finding] {
    guard let termbase = context.termbase, let language = context.language else { return [] }
    let occurrences = context.termOccurrences().filter { occurrence in
      guard occurrence.match.status != .forbidden else { return false }
      let terms = termbase.concepts[occurrence.match.concept].terms[language] ?? []
      return !terms.contains { $0.text == occurrence.match.term && $0.isShortForm }
    }
    let byConcept = Dictionary(grouping: occurrences, by: \.match.concept)
    var findings: [Finding] = []
    for (index, found) in byConcept {
      let spellings = Set(found.map(\.match.term))
      guard spellings.count > 1 else { continue }
      let concept = termbase.concepts[index]
      let chosen =
        concept.preferred(in: language).flatMap { spellings.contains($0) ? $0 : nil }
        ?? found[0].match.term
      for occurrence in found where occurrence.match.term != chosen {
        findings.append(
          finding(
            .inconsistent(occurrence.written, concept: concept.id, chosen: chosen),
            in: context, utf8Range: occurrence.source,
            fix: context.preferredFix(occurrence, preferred: chosen)))
      }
    }
    return findings
  }
}

extension String {
  fileprivate static func inconsistent(_ term: String, concept: String, chosen: String) -> String {
    "'\(term)' and '\(chosen)' both write '\(concept)' in this document; use '\(chosen)'"
  }
}
