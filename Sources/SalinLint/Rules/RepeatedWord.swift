import SalinCore
import SalinDocuments

/// SL051 `repeated-word`: a word written twice in a row in a translation ("ang ang", "the the"),
/// unless the source repeats it too (a name such as "Bora Bora").
///
/// Placeholders and numbers are not words. pofilter's `doublewords`.
public struct RepeatedWord: TranslationRule {
  /// SL051 repeated-word.
  public static let description = RuleDescription(
    code: "SL051", name: "repeated-word", defaultSeverity: .warning,
    summary: "A translation writes a word twice in a row.")

  /// Makes the rule.
  public init() {}

  /// The repeated word, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let words = TranslationText.plainWords(pair.target)
    for (previous, word) in zip(words, words.dropFirst()) {
      guard let word, previous == word else { continue }
      let source = TranslationText.plainWords(pair.source)
      if zip(source, source.dropFirst()).contains(where: { $0 == word && $1 == word }) {
        continue
      }
      return "the word '\(word)' is repeated"
    }
    return nil
  }
}
