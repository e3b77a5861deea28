import SalinCore
import SalinDocuments

/// SL045 `tab-mismatch`: a translation with another number of tab characters than its source (tabs
/// align columns of a program's output).
///
/// pofilter's `tabs`.
public struct TabMismatch: TranslationRule {
  /// SL045 tab-mismatch.
  public static let description = RuleDescription(
    code: "SL045", name: "tab-mismatch", defaultSeverity: .warning,
    summary: "A translation has another number of tabs than its source.")

  /// Makes the rule.
  public init() {}

  /// The tab difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.count("\t", in: pair.source)
    let target = TranslationText.count("\t", in: pair.target)
    guard source != target else { return nil }
    return "the source has \(source) tabs, the translation \(target)"
  }
}
