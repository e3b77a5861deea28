/// Where a translation stands in its workflow; every interchange format maps it onto its own
/// notion (XLIFF `state`, PO `fuzzy`, String Catalog `state`).
public enum TranslationState: String, Hashable, Sendable, CaseIterable, Codable {
  /// Not translated yet, or a draft no one has worked on (XLIFF `initial`).
  case new
  /// Translated, but to be checked again: its source changed, or a tool marked it fuzzy.
  case needsReview = "needs-review"
  /// Translated.
  case translated
  /// Reviewed and signed off.
  case final
}
