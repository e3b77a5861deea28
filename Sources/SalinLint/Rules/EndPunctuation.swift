import SalinCore
import SalinDocuments

/// SL035 `end-punctuation`: a translation whose final punctuation differs from its source's — a
/// full stop, question or exclamation mark, colon, semicolon or ellipsis added or dropped
/// (full-width forms count as their ASCII ones).
///
/// pofilter's endpunc.
public struct EndPunctuation: TranslationRule {
  /// SL035 end-punctuation.
  public static let description = RuleDescription(
    code: "SL035", name: "end-punctuation", defaultSeverity: .warning,
    summary: "A translation ends with other punctuation than its source.")

  /// Makes the rule.
  public init() {}

  /// The punctuation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.finalPunctuation(pair.source)
    let target = TranslationText.finalPunctuation(pair.target)
    guard source != target else { return nil }
    let name = { (mark: Character?) in mark.map { "'\($0)'" } ?? "no punctuation" }
    return "the source ends with \(name(source)), the translation with \(name(target))"
  }
}
