import SalinCore
import SalinDocuments

/// SL033 `acronym-mismatch`: an acronym of the source (two or more capitals: DMZ, WMD, HTTP, G20)
/// that its translation does not keep.
///
/// pofilter's acronyms.
public struct AcronymMismatch: TranslationRule {
  /// SL033 acronym-mismatch.
  public static let description = RuleDescription(
    code: "SL033", name: "acronym-mismatch", defaultSeverity: .warning,
    summary: "An acronym of the source is missing from its translation.")

  /// Makes the rule.
  public init() {}

  /// The acronyms missing, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let target = Set(TranslationText.acronyms(pair.target))
    let lost = TranslationText.acronyms(NumberMismatch.withoutPlaceholders(pair.source))
      .filter { !target.contains($0) }
    guard !lost.isEmpty else { return nil }
    return
      "acronym \(quotedList(Array(Set(lost)).sorted())) of the source is missing from the translation"
  }
}
