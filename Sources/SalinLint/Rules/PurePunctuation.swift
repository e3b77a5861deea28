import Foundation
import SalinCore
import SalinDocuments

/// SL043 `pure-punctuation`: a source that is only punctuation ("...", ":", "—") whose translation
/// differs from it.
///
/// pofilter's purepunc.
public struct PurePunctuation: TranslationRule {
  /// SL043 pure-punctuation.
  public static let description = RuleDescription(
    code: "SL043", name: "pure-punctuation", defaultSeverity: .warning,
    summary: "A source of only punctuation is changed in its translation.")

  /// Makes the rule.
  public init() {}

  /// The problem, if a punctuation-only source was changed.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard TranslationText.isPurePunctuation(pair.source),
      pair.source.trimmingCharacters(in: .whitespaces)
        != pair.target.trimmingCharacters(in: .whitespaces)
    else { return nil }
    return "the source is only punctuation ('\(pair.source)'); the translation should keep it"
  }
}
