import SalinCore
import SalinDocuments

/// SL040 `untranslated-entry`: a PO entry with an empty `msgstr`, which gettext shows in the source
/// language — language mixing a reader of the target language sees at run time — or an XLIFF unit
/// with no or an empty `<target>`.
///
/// A translation of only whitespace is reported too (it looks translated to every tool).
/// pofilter's `untranslated` and `blank`.
public struct UntranslatedEntry: TranslationRule {
  /// SL040 untranslated-entry.
  public static let description = RuleDescription(
    code: "SL040", name: "untranslated-entry", defaultSeverity: .warning,
    summary: "A PO entry or XLIFF unit has no translation: readers see the source text.")

  /// Makes the rule.
  public init() {}

  var checksUntranslated: Bool { true }
  var isPerEntry: Bool { true }

  /// The problem, if the entry is untranslated.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard !pair.isCatalog || pair.isInterchange, !pair.isObsolete else { return nil }
    if pair.target.isEmpty {
      // An XLIFF unit without a target: whatever imports it keeps the source text.
      return pair.isInterchange
        ? "'\(pair.key.prefix(60))' is not translated: readers see the source text"
        : "'\(pair.key.prefix(60))' is not translated: gettext shows the source text"
    }
    // pofilter's blank: a translation of only spaces looks translated to every tool.
    if pair.target.allSatisfy(\.isWhitespace), pair.source.contains(where: { !$0.isWhitespace }) {
      return "'\(pair.key.prefix(60))' is translated as whitespace only: readers see nothing"
    }
    return nil
  }
}
