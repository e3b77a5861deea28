import SalinCore
import SalinDocuments

/// SL035 `end-punctuation`: a translation whose final punctuation differs from its source's — a
/// full stop, question or exclamation mark, colon, semicolon or ellipsis added or dropped
/// (full-width forms count as their ASCII ones), or a space put before the final mark
/// ("Kabuuan : " for "Total: ").
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
    guard source != target else {
      // "Total: " as "Kabuuan : ": a space before the mark the source does not have (French
      // typography asks for one before : ; ! ?, so not there).
      if let mark = target, Self.isSpacedBefore(pair.target), !Self.isSpacedBefore(pair.source),
        context.language?.tag.hasPrefix("fr") != true
      {
        return "a space before the final '\(mark)' that the source does not have"
      }
      return nil
    }
    let name = { (mark: Character?) in mark.map { "'\($0)'" } ?? "no punctuation" }
    return "the source ends with \(name(source)), the translation with \(name(target))"
  }

  /// Whether the final mark of a text (after trailing whitespace) follows a space.
  private static func isSpacedBefore(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
    guard let last = trimmed.last, ".:;!?".contains(last) else { return false }
    return trimmed.dropLast().last?.isWhitespace == true
  }
}
