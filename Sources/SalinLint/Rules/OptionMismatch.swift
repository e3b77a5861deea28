import SalinCore
import SalinDocuments

/// SL059 `option-mismatch`: a long command-line option of the source (`--help`,
/// `--no-install-recommends`, the `--file` of `--file=FILE`) missing from the translation, usually
/// because it was translated.
///
/// pofilter's `options`; its second complaint, a parameter name (`FILE`) left in English, is not
/// ported: help texts keep them as often as not.
public struct OptionMismatch: TranslationRule {
  /// SL059 option-mismatch.
  public static let description = RuleDescription(
    code: "SL059", name: "option-mismatch", defaultSeverity: .warning,
    summary: "A command-line option of the source is missing or translated.")

  /// Makes the rule.
  public init() {}

  /// The missing option, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    for (option, _) in TranslationText.options(pair.source) where !pair.target.contains(option) {
      return "the option '\(option)' is missing or translated in the translation"
    }
    return nil
  }
}
