import SalinCore
import SalinDocuments

/// SL032 `url-mismatch`: a URL or e-mail address of the source that its translation lacks or
/// changes.
///
/// pofilter's urls (and emails).
public struct URLMismatch: TranslationRule {
  /// SL032 url-mismatch.
  public static let description = RuleDescription(
    code: "SL032", name: "url-mismatch", defaultSeverity: .error,
    summary: "A URL or e-mail address of the source is missing or changed in its translation.")

  /// Makes the rule.
  public init() {}

  /// The URLs that differ, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let lost = missing(TranslationText.urls(pair.source), from: TranslationText.urls(pair.target))
    guard !lost.isEmpty else { return nil }
    return "\(quotedList(lost)) of the source is missing from the translation"
  }
}
