import SalinCore
import SalinDocuments

/// SL049 `double-quote-mismatch`: a translation with other double quotation marks than its source —
/// `"`, `\"`, `«»` or `“”` dropped, added or changed in kind — outside XML tags.
///
/// pofilter's `doublequoting`.
public struct DoubleQuoteMismatch: TranslationRule {
  /// SL049 double-quote-mismatch.
  public static let description = RuleDescription(
    code: "SL049", name: "double-quote-mismatch", defaultSeverity: .warning,
    summary: "A translation's double quotation marks differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The quotation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.doubleQuoteCounts(pair.source)
    let target = TranslationText.doubleQuoteCounts(pair.target)
    guard source != target else { return nil }
    let total = { (counts: [Int]) in counts[0] + counts[3] + counts[4] + counts[5] + counts[6] }
    return "double quotation marks differ: the source has \(total(source)), the translation "
      + "\(total(target))"
      + (total(source) == total(target) ? " of another kind" : "")
  }
}
