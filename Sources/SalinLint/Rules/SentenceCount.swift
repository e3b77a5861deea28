import SalinCore
import SalinDocuments

/// SL056 `sentence-count`: a translation with another number of sentences than its source.
///
/// Off by default: joining or splitting sentences is often the better translation (pofilter's own
/// documentation says so), but a count that differs can show a sentence left out. pofilter's
/// `sentencecount`.
public struct SentenceCount: TranslationRule {
  /// SL056 sentence-count.
  public static let description = RuleDescription(
    code: "SL056", name: "sentence-count", defaultSeverity: .info,
    summary: "A translation has another number of sentences than its source.",
    isOnByDefault: false)

  /// Makes the rule.
  public init() {}

  /// The sentence count difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.sentenceCount(pair.source)
    let target = TranslationText.sentenceCount(pair.target)
    guard source != target else { return nil }
    return "the source has \(source) sentences, the translation \(target)"
  }
}
