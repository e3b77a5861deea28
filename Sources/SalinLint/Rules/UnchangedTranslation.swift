import SalinCore
import SalinDocuments

/// SL036 `unchanged-translation`: a translation identical to its source ("msgstr" a copy of
/// "msgid"), which a reader of the target language sees in the source language.
///
/// Sources without letters (numbers, placeholders, URLs) and catalog entries marked `untranslated:
/// ok` are skipped. pofilter's unchanged.
public struct UnchangedTranslation: TranslationRule {
  /// SL036 unchanged-translation.
  public static let description = RuleDescription(
    code: "SL036", name: "unchanged-translation", defaultSeverity: .warning,
    summary: "A translation identical to its source.")

  /// Makes the rule.
  public init() {}

  /// The problem, if the translation is the source.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard !pair.allowsSameText, TranslationText.hasLetters(pair.source) else { return nil }
    let strip = { (text: String) in text.filter { $0 != "&" && $0 != "_" }.lowercased() }
    guard strip(pair.source) == strip(pair.target) else { return nil }
    return "the translation is the source text unchanged"
  }
}
