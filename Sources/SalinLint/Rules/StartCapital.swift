import SalinCore
import SalinDocuments

/// SL052 `start-capital`: a translation that begins with a lowercase letter where its source begins
/// with a capital, or the other way round.
///
/// Leading whitespace, punctuation and placeholders are passed over; a text that begins with a
/// placeholder or a number, or whose first letter has no case (Hangul, Han), is not checked; nor is
/// a translation written in a script without case (Korean puts the object first: "mmap을 닫을 수 없습니다"
/// for "Unable to close mmap"). pofilter's `startcaps`, which translate-toolkit turns off for
/// Korean and which reads `%s has …` as starting lowercase.
public struct StartCapital: TranslationRule {
  /// SL052 start-capital.
  public static let description = RuleDescription(
    code: "SL052", name: "start-capital", defaultSeverity: .info,
    summary: "A translation's first letter differs in case from its source's.")

  /// Makes the rule.
  public init() {}

  /// The capitalisation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    // A translation with letters that have no case is written in a script whose sentences do
    // not begin with a capital; the Latin word it begins with keeps its own case.
    guard !pair.target.contains(where: { $0.isLetter && !$0.isCased }) else { return nil }
    let source = TranslationText.afterLeadingMarks(pair.source)
    let target = TranslationText.afterLeadingMarks(pair.target)
    guard !source.passedPlaceholder, !target.passedPlaceholder,
      let first = source.rest.first, let translated = target.rest.first,
      first.isCased, translated.isCased, first.isUppercase != translated.isUppercase
    else { return nil }
    return first.isUppercase
      ? "the source begins with a capital ('\(first)'), the translation does not ('\(translated)')"
      : "the translation begins with a capital ('\(translated)'), the source does not ('\(first)')"
  }
}
