import SalinCore
import SalinDocuments
import SalinTerms

/// SL020 `forbidden-term`: a term the project's termbase forbids in the document's language
/// ("misil" where Philippine news writes "missile", 무기고 for an arsenal), fixable to the
/// concept's preferred term.
public struct ForbiddenTerm: LintRule {
  /// SL020 forbidden-term.
  public static let description = RuleDescription(
    code: "SL020", name: "forbidden-term", defaultSeverity: .error,
    summary: "A term the termbase forbids in the document's language.")

  /// Makes the rule.
  public init() {}

  /// The forbidden terms of a document.
  /// - Parameter context: The document, its language and the termbase.
  /// - Returns: One finding per forbidden term, with a fix to the preferred term.
  public func findings(in context: LintContext) -> [Finding] {
    guard let termbase = context.termbase, let language = context.language else { return [] }
    return context.termOccurrences().filter { $0.match.status == .forbidden }.map { occurrence in
      let concept = termbase.concepts[occurrence.match.concept]
      let preferred = concept.preferred(in: language)
      return finding(
        .forbidden(
          occurrence.written, concept: concept.id, preferred: preferred, note: concept.note),
        in: context, utf8Range: occurrence.source,
        fix: preferred.flatMap { context.preferredFix(occurrence, preferred: $0) })
    }
  }
}

extension String {
  fileprivate static func forbidden(
    _ term: String, concept: String, preferred: String?, note: String?
  ) -> String {
    var message = "'\(term)' is a forbidden term for '\(concept)'"
    if let preferred { message += "; write '\(preferred)'" }
    if let note { message += " (\(note))" }
    return message
  }
}
