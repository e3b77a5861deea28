import SalinCore
import SalinDocuments

/// SL041 `fuzzy-entry`: a PO entry marked `fuzzy`.
///
/// gettext does not use a fuzzy translation: the reader sees the source text, as for an
/// untranslated entry. The finding says why the entry is fuzzy when the file records it (`#|
/// msgid`, the source it was translated from). pofilter's isfuzzy.
public struct FuzzyEntry: TranslationRule {
  /// SL041 fuzzy-entry.
  public static let description = RuleDescription(
    code: "SL041", name: "fuzzy-entry", defaultSeverity: .warning,
    summary: "A PO entry is marked fuzzy: gettext does not use it.")

  /// Makes the rule.
  public init() {}

  var checksUntranslated: Bool { true }
  var isPerEntry: Bool { true }

  /// The problem, if the entry is fuzzy.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard pair.isFuzzy else { return nil }
    return "'\(pair.key.prefix(60))' is fuzzy: gettext will not use it, readers see the source text"
      + (pair.previousSource.map { "; the source changed from '\($0.prefix(60))'" }
        ?? "; its translation was guessed from a similar message")
  }
}
