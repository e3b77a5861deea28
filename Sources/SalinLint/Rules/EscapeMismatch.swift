import SalinCore
import SalinDocuments

/// SL038 `escape-mismatch`: a translation with other backslashes than its source — an escape such
/// as `\n` or `\u0000` written out in the text (a PO `"\\n"`, a JSON or Java escape that a program
/// reads again) dropped, added or doubled.
///
/// pofilter's `escapes`: the counts of `\` and of `\\` must match.
public struct EscapeMismatch: TranslationRule {
  /// SL038 escape-mismatch.
  public static let description = RuleDescription(
    code: "SL038", name: "escape-mismatch", defaultSeverity: .error,
    summary: "A translation's backslash escapes differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The escape difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard !TranslationText.countsMatch(pair.source, pair.target, ["\\", "\\\\"]) else {
      return nil
    }
    return "escapes differ: the source has \(TranslationText.wordsWithBackslash(pair.source)), "
      + "the translation \(TranslationText.wordsWithBackslash(pair.target))"
  }
}
