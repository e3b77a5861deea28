import SalinCore
import SalinDocuments

/// SL054 `start-punctuation`: a translation that begins with other punctuation than its source.
///
/// "'%s' not found" translated without its opening quote, "-" or "(" dropped. Tags are left
/// out, and a placeholder ends the leading marks (a translation may move `%s` away from the
/// start); a difference in whitespace alone is SL046's. A quotation that moved is not a
/// difference: Korean puts the object first ("'%s' 작업을 찾을 수 없습니다" for "Couldn't find
/// task '%s'"), so a side that begins with a quotation the other side has too is left alone.
/// pofilter's `startpunc`.
public struct StartPunctuation: TranslationRule {
  /// SL054 start-punctuation.
  public static let description = RuleDescription(
    code: "SL054", name: "start-punctuation", defaultSeverity: .warning,
    summary: "A translation begins with other punctuation than its source.")

  /// Makes the rule.
  public init() {}

  /// The punctuation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.leadingPunctuation(pair.source)
    let target = TranslationText.leadingPunctuation(pair.target)
    guard source != target else { return nil }
    if let quotation = Self.leadingQuotation(pair.source), pair.target.contains(quotation) {
      return nil
    }
    if let quotation = Self.leadingQuotation(pair.target), pair.source.contains(quotation) {
      return nil
    }
    let name = { (marks: String) in marks.isEmpty ? "no punctuation" : "'\(marks)'" }
    return "the source begins with \(name(source)), the translation with \(name(target))"
  }

  /// The quotation a text begins with, marks included (`'%s'`), or `nil`.
  static func leadingQuotation(_ text: String) -> Substring? {
    let rest = text.drop(while: \.isWhitespace)
    guard let open = rest.first, let close = Self.quotePairs[open] else { return nil }
    guard let end = rest.dropFirst().firstIndex(of: close) else { return nil }
    return rest[...end]
  }

  /// Opening quotation marks and the marks that close them.
  private static let quotePairs: [Character: Character] = [
    "'": "'", "\"": "\"", "“": "”", "‘": "’", "«": "»", "「": "」", "『": "』",
  ]
}
