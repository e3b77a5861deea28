import SalinCore
import SalinDocuments

/// SL039 `newline-mismatch`: a translation with other line breaks than its source — a different
/// number of them, or one missing at the start or end (gettext's `msgfmt --check` refuses a
/// `msgstr` that does not begin and end with `\n` as its `msgid` does).
///
/// pofilter's `newlines`.
public struct NewlineMismatch: TranslationRule {
  /// SL039 newline-mismatch.
  public static let description = RuleDescription(
    code: "SL039", name: "newline-mismatch", defaultSeverity: .error,
    summary: "A translation's line breaks differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The line-break difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = pair.source.unicodeScalars
    let target = pair.target.unicodeScalars
    if source.last == "\n", target.last != "\n" {
      return "the source ends with a line break, the translation does not"
    }
    if source.first == "\n", target.first != "\n" {
      return "the source begins with a line break, the translation does not"
    }
    let lines = { (text: String) in TranslationText.count("\n", in: text) }
    let returns = { (text: String) in TranslationText.count("\r", in: text) }
    if lines(pair.source) != lines(pair.target) || returns(pair.source) != returns(pair.target) {
      return "the source has \(lines(pair.source) + returns(pair.source)) line breaks, the "
        + "translation \(lines(pair.target) + returns(pair.target))"
    }
    return nil
  }
}
