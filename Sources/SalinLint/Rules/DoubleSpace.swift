import Foundation
import SalinCore
import SalinDocuments

/// SL042 `double-space`: two spaces in a row in a translation whose source has none there, or the
/// source's double spaces (an indented line, column alignment) not kept.
///
/// pofilter's doublespacing.
public struct DoubleSpace: TranslationRule {
  /// SL042 double-space.
  public static let description = RuleDescription(
    code: "SL042", name: "double-space", defaultSeverity: .info,
    summary: "A translation's double spaces differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The problem, if the translation adds double spaces.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let count = { (text: String) in text.components(separatedBy: "  ").count - 1 }
    let source = count(pair.source)
    let target = count(pair.target)
    guard target != source else { return nil }
    return target > source
      ? "double space in the translation (the source has \(source))"
      : "the source's double spaces (\(source)) are not kept in the translation (\(target))"
  }
}
