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
    let sourceText = Self.withoutPositions(pair.source)
    let targetText = Self.withoutPositions(pair.target)
    // The source's quotation, marks and all, moved later in the translation; or the
    // translation quoting, at its start, what the source has unquoted. Dropping the source's
    // quotes is still a difference.
    if let quoted = Self.leadingQuotation(sourceText), targetText.contains(quoted.whole) {
      return nil
    }
    if let quoted = Self.leadingQuotation(targetText), sourceText.contains(quoted.inside) {
      return nil
    }
    let name = { (marks: String) in marks.isEmpty ? "no punctuation" : "'\(marks)'" }
    return "the source begins with \(name(source)), the translation with \(name(target))"
  }

  /// The quotation a text begins with (`'%s'`) and what it quotes (`%s`), or `nil`: a
  /// translation may quote a name its source does not ("'%s' 패키지에서" for "from package %s").
  static func leadingQuotation(_ text: String) -> (whole: Substring, inside: Substring)? {
    let rest = text.drop(while: \.isWhitespace)
    guard let open = rest.first, let close = Self.quotePairs[open] else { return nil }
    let inside = rest.dropFirst()
    guard let end = inside.firstIndex(of: close), end > inside.startIndex else { return nil }
    return (rest[...end], inside[..<end])
  }

  /// The text with printf positions dropped (`%2$s` → `%s`): a translation numbers the
  /// arguments it reorders.
  static func withoutPositions(_ text: String) -> String {
    guard text.contains("$") else { return text }
    var result = ""
    var rest = Substring(text)
    while let percent = rest.firstIndex(of: "%") {
      result += rest[...percent]
      rest = rest[rest.index(after: percent)...]
      let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
      if !digits.isEmpty, rest.dropFirst(digits.count).first == "$" {
        rest = rest.dropFirst(digits.count + 1)
      }
    }
    return result + rest
  }

  /// Opening quotation marks and the marks that close them.
  private static let quotePairs: [Character: Character] = [
    "'": "'", "\"": "\"", "`": "'", "“": "”", "‘": "’", "«": "»", "「": "」", "『": "』",
  ]
}
