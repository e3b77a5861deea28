import Foundation
import SalinCore
import SalinDocuments

/// SL031 `number-mismatch`: a number (or a date's digits) of the source that its translation lacks
/// or changes: "2023" → "2032", "5" dropped.
///
/// Grouping is ignored (1,000 = 1000). pofilter's numbers.
public struct NumberMismatch: TranslationRule {
  /// SL031 number-mismatch.
  public static let description = RuleDescription(
    code: "SL031", name: "number-mismatch", defaultSeverity: .warning,
    summary: "A number of the source is missing or changed in its translation.")

  /// Makes the rule.
  public init() {}

  /// The numbers that differ, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    // Numbers inside placeholders (%1$s, {0}) are not numbers of the text.
    let source = TranslationText.numbers(Self.withoutPlaceholders(pair.source))
    let target = TranslationText.numbers(Self.withoutPlaceholders(pair.target))
    let lost = missing(source, from: target)
    let added = missing(target, from: source)
    guard !lost.isEmpty || !added.isEmpty else { return nil }
    var parts: [String] = []
    if !lost.isEmpty { parts.append("\(quotedList(lost)) missing") }
    if !added.isEmpty { parts.append("\(quotedList(added)) not in the source") }
    return "numbers differ from the source: " + parts.joined(separator: "; ")
  }

  static func withoutPlaceholders(_ text: String) -> String {
    var result = text
    for placeholder
      in TranslationText.printfPlaceholders(text) + TranslationText.bracePlaceholders(text)
    {
      result = result.replacingOccurrences(of: placeholder, with: " ")
    }
    return result
  }
}
