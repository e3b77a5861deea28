import SalinCore
import SalinDocuments

/// A translation QA rule: one check of each source/translation pair of a PO file or catalog.
///
/// The rule gives a message for a pair that fails, or `nil`; the finding is at the translation.
protocol TranslationRule: LintRule {
  /// Whether the rule looks at untranslated pairs (SL040, SL041).
  var checksUntranslated: Bool { get }
  /// Whether the rule reports an entry once, not once per plural form (SL040, SL041).
  var isPerEntry: Bool { get }
  /// The problem with a pair, or `nil` when it passes.
  func problem(with pair: TranslationPair, in context: LintContext) -> String?
}

extension TranslationRule {
  var checksUntranslated: Bool { false }
  var isPerEntry: Bool { false }

  /// Every pair that fails the check.
  /// - Parameter context: The document and what the linter knows.
  /// - Returns: One finding per failing pair.
  public func findings(in context: LintContext) -> [Finding] {
    findings(in: context) { problem(with: $0, in: context) }
  }

  /// Every pair that fails a check whose per-document work is done once, before the pairs
  /// (SL026 reads the PO header's accelerator marker once, not once per entry).
  /// - Parameters:
  ///   - context: The document and what the linter knows.
  ///   - problem: The problem with a pair, or `nil`.
  /// - Returns: One finding per failing pair.
  func findings(in context: LintContext, problem: (TranslationPair) -> String?) -> [Finding] {
    var findings: [Finding] = []
    var reported: Set<Int> = []
    for pair in context.translationPairs()
    where (checksUntranslated || !pair.target.isEmpty) && !context.isDeclared(pair.range) {
      guard !isPerEntry || !reported.contains(pair.entry),
        let message = problem(pair)
      else { continue }
      reported.insert(pair.entry)
      findings.append(
        finding(
          pair.isObsolete ? message + " (obsolete entry)" : message, in: context,
          utf8Range: pair.range))
    }
    return findings
  }
}

extension TranslationPair {
  /// Whether printf conversions are checked: `c-format` and its kin, or unflagged text whose
  /// source or translation has conversions (a fuzzy guess that put `%s` into "Install"; an XLIFF
  /// file made from a PO file); never with `no-c-format`, nor in a catalog or briefing.
  var checksPrintf: Bool {
    if flags.contains("no-c-format") || (isCatalog && !isInterchange) { return false }
    if flags.contains(where: { $0.hasSuffix("-format") && $0 != "python-brace-format" }) {
      return true
    }
    return !TranslationText.printfPlaceholders(source).isEmpty
      || !TranslationText.printfPlaceholders(target).isEmpty
  }
}

/// "a, b" for a list of pieces, quoted.
func quotedList(_ items: [String]) -> String {
  items.map { "'\($0)'" }.joined(separator: ", ")
}

/// The items of `a` not matched in `b`, counting repeats (a multiset difference).
func missing<Item: Hashable>(_ a: [Item], from b: [Item]) -> [Item] {
  var remaining = Dictionary(b.map { ($0, 1) }, uniquingKeysWith: +)
  var result: [Item] = []
  for item in a {
    if let count = remaining[item], count > 0 {
      remaining[item] = count - 1
    } else {
      result.append(item)
    }
  }
  return result
}
