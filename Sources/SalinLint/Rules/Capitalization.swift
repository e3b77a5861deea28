import Foundation
import SalinCore
import SalinDocuments

/// SL053 `capitalization`: a translation whose use of capitals is far from its source's — all
/// capitals for a source that is not, capitals where the source has none or one, many more than the
/// source.
///
/// Off by default: pofilter's own documentation calls its heuristics a source of many false
/// positives (titles and names are capitalised differently across languages). A translation with
/// letters without case (Hangul, Han) is not checked: the Latin words in it (a command, a product
/// name) keep their own case. pofilter's `simplecaps`.
public struct Capitalization: TranslationRule {
  /// SL053 capitalization.
  public static let description = RuleDescription(
    code: "SL053", name: "capitalization", defaultSeverity: .info,
    summary: "A translation's capitals are far from its source's.", isOnByDefault: false)

  /// Makes the rule.
  public init() {}

  /// The capitalisation difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard !pair.target.contains(where: { $0.isLetter && !$0.isCased }) else { return nil }
    // English's "I" in mid-sentence is not a capitalised word.
    let source = pair.source.replacingOccurrences(of: " I ", with: " i ")
    let (capitals1, cased1) = TranslationText.capitalCounts(source)
    let (capitals2, cased2) = TranslationText.capitalCounts(pair.target)
    guard cased2 > 0, cased1 > 0 else { return nil }
    let length1 = Double(source.count)
    let length2 = Double(pair.target.count)
    let matches: Bool
    if capitals1 == cased1 {
      matches = capitals2 == cased2
    } else if capitals1 <= 1 {
      matches = capitals2 == capitals1
    } else if Double(capitals1) < length1 / 10 {
      matches = Double(capitals2) <= length2 / 8
    } else if length1 < 10 {
      matches = abs(capitals1 - capitals2) < 3
    } else if Double(capitals1) > length1 * 6 / 10 {
      matches = Double(capitals2) > length2 * 6 / 10
    } else {
      matches = Double(abs(capitals1 - capitals2)) < (length1 + length2) / 6
    }
    guard !matches else { return nil }
    return "the source has \(capitals1) capitals, the translation \(capitals2)"
  }
}
