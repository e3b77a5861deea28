import Foundation
import SalinCore
import SalinDocuments

/// SL055 `punctuation-spacing`: a translation that drops or adds the space after a punctuation mark
/// that it has as often as its source ("Error:%s" for "Error: %s").
///
/// A mark moved to or from the end accounts for one space; a no-break space counts as a space and
/// bidirectional and zero-width marks are ignored.
///
/// pofilter's `puncspacing`, for the marks a space follows in running text (`, . : ; ! ?` and
/// their full-width forms); quotation marks and brackets are left out, because what follows
/// them changes with word order ("command '%s' failed" is "Bigo ang utos '%s'." in Tagalog, and
/// a Korean particle is written against them: "'%1$s'(으)로").
public struct PunctuationSpacing: TranslationRule {
  /// SL055 punctuation-spacing.
  public static let description = RuleDescription(
    code: "SL055", name: "punctuation-spacing", defaultSeverity: .info,
    summary: "A translation spaces its punctuation otherwise than its source.")

  /// Makes the rule.
  public init() {}

  private static let invisible: Set<Unicode.Scalar> = [
    "\u{200E}", "\u{200F}", "\u{202B}", "\u{202A}", "\u{202E}", "\u{202D}", "\u{202C}",
    "\u{2069}", "\u{2068}", "\u{2067}", "\u{2066}", "\u{200D}", "\u{200C}",
  ]

  /// The marks a space follows in running text.
  private static let marks: Set<Character> = Set(",.:;!?，。：；！？、")

  /// The spacing difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = pair.source.replacingOccurrences(of: "\u{00A0}", with: " ")
    guard source.contains(" ") else { return nil }
    var target = pair.target.replacingOccurrences(of: "\u{00A0}", with: " ")
    if target.unicodeScalars.contains(where: Self.invisible.contains) {
      target = String(
        String.UnicodeScalarView(target.unicodeScalars.filter { !Self.invisible.contains($0) }))
    }
    var seen: Set<Character> = []
    for mark in source where Self.marks.contains(mark) && seen.insert(mark).inserted {
      let text = String(mark)
      let count = TranslationText.count(text, in: source)
      guard count == TranslationText.count(text, in: target) else { continue }
      let spaced1 = TranslationText.count(text + " ", in: source)
      let spaced2 = TranslationText.count(text + " ", in: target)
      guard spaced1 != spaced2 else { continue }
      if abs(spaced1 - spaced2) == 1, source.hasSuffix(text) != target.hasSuffix(text) { continue }
      return "'\(mark)' is followed by a space \(spaced1) times in the source, \(spaced2) in the "
        + "translation"
    }
    return nil
  }
}
