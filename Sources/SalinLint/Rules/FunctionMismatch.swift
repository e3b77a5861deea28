import SalinCore
import SalinDocuments

/// SL058 `function-mismatch`: function names followed by `()` (`rgb()`, `getEntity.Name()`,
/// `POSIX::sigaction()`) that differ between source and translation: code is never translated.
///
/// pofilter's `functions`.
public struct FunctionMismatch: TranslationRule {
  /// SL058 function-mismatch.
  public static let description = RuleDescription(
    code: "SL058", name: "function-mismatch", defaultSeverity: .warning,
    summary: "A translation's function names differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The function difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    let source = Set(TranslationText.functions(pair.source))
    let target = Set(TranslationText.functions(pair.target))
    guard source != target else { return nil }
    let lost = source.subtracting(target).sorted()
    let added = target.subtracting(source).sorted()
    var parts: [String] = []
    if !lost.isEmpty { parts.append("missing from the translation: \(quotedList(lost))") }
    if !added.isEmpty { parts.append("not in the source: \(quotedList(added))") }
    return "functions differ: " + parts.joined(separator: "; ")
  }
}
