import SalinCore
import SalinDocuments

/// SL046 `leading-whitespace`: a translation that begins with other whitespace than its source (an
/// indented line of a program's help text, a continuation after another string).
///
/// pofilter's `startwhitespace`.
public struct LeadingWhitespace: TranslationRule {
  /// SL046 leading-whitespace.
  public static let description = RuleDescription(
    code: "SL046", name: "leading-whitespace", defaultSeverity: .warning,
    summary: "A translation begins with other whitespace than its source.")

  /// Makes the rule.
  public init() {}

  /// The difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.leadingWhitespace(pair.source)
    let target = TranslationText.leadingWhitespace(pair.target)
    guard source != target else { return nil }
    return "the source begins with \(TranslationText.describeWhitespace(source)), the translation "
      + "with \(TranslationText.describeWhitespace(target))"
  }
}
