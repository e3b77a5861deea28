import SalinCore
import SalinDocuments

/// SL034 `bracket-mismatch`: brackets and paired quotes — ( ) [ ] { } “ ” « » 「 」 — counted
/// differently in the translation than in the source, or left unbalanced in it.
///
/// pofilter's brackets, and CheckMate's balance check.
public struct BracketMismatch: TranslationRule {
  /// SL034 bracket-mismatch.
  public static let description = RuleDescription(
    code: "SL034", name: "bracket-mismatch", defaultSeverity: .warning,
    summary: "Brackets or paired quotes differ from the source or are unbalanced.")

  /// Makes the rule.
  public init() {}

  /// The bracket difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = TranslationText.bracketCounts(pair.source)
    let target = TranslationText.bracketCounts(pair.target)
    // In a catalog, braces are the message syntax: SL030 and `salin catalog check` check them.
    let differing = (pair.isCatalog ? "()[]" : "()[]{}").filter {
      (source[$0] ?? 0) != (target[$0] ?? 0)
    }
    if !differing.isEmpty {
      return "brackets differ from the source: "
        + differing.map { "'\($0)' \(source[$0] ?? 0) → \(target[$0] ?? 0)" }.joined(
          separator: ", ")
    }
    let sourceUnbalanced = Set(
      TranslationText.unbalancedPairs(pair.source).map { "\($0.0)\($0.1)" })
    let newlyUnbalanced = TranslationText.unbalancedPairs(pair.target).map { "\($0.0)\($0.1)" }
      .filter { !sourceUnbalanced.contains($0) }
    guard !newlyUnbalanced.isEmpty else { return nil }
    return "unbalanced \(quotedList(newlyUnbalanced)) in the translation"
  }
}
