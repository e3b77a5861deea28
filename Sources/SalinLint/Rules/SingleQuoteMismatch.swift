import SalinCore
import SalinDocuments

/// SL050 `single-quote-mismatch`: a translation with another number of paired single quotation
/// marks than its source (`'%s'` left as `%s`).
///
/// Apostrophes are not quotation marks: inside a word (`don't`, Tagalog `kaya't`), an elision
/// (Tagalog `'di`, `'yan`) or a possessive (`users'`). pofilter's `singlequoting`, which counts
/// every `'` outside a word and so reports Tagalog elisions.
public struct SingleQuoteMismatch: TranslationRule {
  /// SL050 single-quote-mismatch.
  public static let description = RuleDescription(
    code: "SL050", name: "single-quote-mismatch", defaultSeverity: .info,
    summary: "A translation's single quotation marks differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The quotation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.singleQuoteCounts(pair.source)
    let target = TranslationText.singleQuoteCounts(pair.target)
    guard source != target else { return nil }
    return "single quotation marks differ: the source has \(source[0] + source[1]), the "
      + "translation \(target[0] + target[1])"
  }
}
