import SalinCore
import SalinDocuments

/// SL047 `trailing-whitespace`: a translation that ends with other whitespace than its source, such
/// as the space after "Password: " that a program prints its input after.
///
/// A full-width mark (`。`, `：`) needs no space after it. pofilter's `endwhitespace`.
public struct TrailingWhitespace: TranslationRule {
  /// SL047 trailing-whitespace.
  public static let description = RuleDescription(
    code: "SL047", name: "trailing-whitespace", defaultSeverity: .warning,
    summary: "A translation ends with other whitespace than its source.")

  /// Makes the rule.
  public init() {}

  /// The difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.trailingWhitespace(pair.source)
    let target = TranslationText.trailingWhitespace(pair.target)
    guard source != target else { return nil }
    // pofilter's punctranslate: a CJK full stop or colon carries its own space.
    if target.isEmpty, source.allSatisfy({ $0 == " " }),
      let last = pair.target.last, "。！？：；，、".contains(last)
    {
      return nil
    }
    return "the source ends with \(TranslationText.describeWhitespace(source)), the translation "
      + "with \(TranslationText.describeWhitespace(target))"
  }
}
