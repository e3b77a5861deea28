import SalinCore
import SalinDocuments

/// SL030 `placeholder-mismatch`: a translation whose placeholders differ from its source's — printf
/// conversions (`%s`, `%lu`, `%1$s`, `%(name)s`) where the entry is `c-format` (or kin, or
/// unflagged with conversions in its source; never `no-c-format`), brace placeholders (`{0}`,
/// `{name}`, ICU arguments) in catalogs and `python-brace-format`.
///
/// Order matters for printf without positions, as it does for printf itself. pofilter's printf and
/// pythonbraceformat.
public struct PlaceholderMismatch: TranslationRule {
  /// SL030 placeholder-mismatch.
  public static let description = RuleDescription(
    code: "SL030", name: "placeholder-mismatch", defaultSeverity: .error,
    summary: "A translation's placeholders differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// The placeholder difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    if pair.checksPrintf {
      let source = TranslationText.printfPlaceholders(pair.source)
      let target = TranslationText.printfPlaceholders(pair.target)
      let positional = (source + target).contains { $0.contains("$") }
      if positional ? source.sorted() != target.sorted() : source != target {
        return "printf placeholders differ: the source has \(describe(source)), the translation "
          + "\(describe(target))"
      }
    }
    if pair.isCatalog || pair.flags.contains("python-brace-format") {
      // A catalog message may use an argument twice (a plural and a list of the same leaders).
      let source = Array(Set(TranslationText.bracePlaceholders(pair.source))).sorted()
      let target = Array(Set(TranslationText.bracePlaceholders(pair.target))).sorted()
      if source != target {
        return "placeholders differ: the source has \(describe(source)), the translation "
          + "\(describe(target))"
      }
    }
    return nil
  }

  private func describe(_ items: [String]) -> String {
    items.isEmpty ? "none" : quotedList(items)
  }
}
