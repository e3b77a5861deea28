import Foundation
import SalinBriefing
import SalinCore
import SalinDocuments

/// SL010 `stale-translation`: a briefing translation made from an older source text.
///
/// `salin merge` records beside each translation a fingerprint of the source text it was made
/// from (`made-from: {tl: 8662dfde5459}`). When the source variant changes, the fingerprint no
/// longer matches and the translation says what the source used to say: `salin render` marks it,
/// and this rule reports it at the translation. A translation without a fingerprint is never
/// stale. The fix is a translator's: extract the unit (as needing review, with the old and new
/// source side by side), translate it, and merge it back.
///
/// The briefing records only the old source's fingerprint; when the file is in a git work tree,
/// the old text is looked up in its last 50 commits (`SourceHistory`, as `salin extract` does),
/// only for a briefing that has a stale translation, and the message quotes old and new.
public struct StaleTranslation: LintRule {
  /// SL010 stale-translation.
  public static let description = RuleDescription(
    code: "SL010", name: "stale-translation", defaultSeverity: .warning,
    summary: "A briefing translation was made from an older version of its source text.")

  /// Makes the rule.
  public init() {}

  /// The stale translations into the document's language.
  /// - Parameter context: A briefing part (one language) and what the linter knows.
  /// - Returns: One finding per stale translation, at the translation.
  public func findings(in context: LintContext) -> [Finding] {
    let document = context.document
    let stale = document.briefingTranslations.filter { translation in
      translation.isStale && (context.language == nil || translation.language == context.language)
    }
    guard !stale.isEmpty else { return [] }
    let id = document.briefing?.metadata.id ?? "briefing"
    // Git only for a file on disk (not standard input, not a test's made-up path).
    var history: SourceHistory? =
      FileManager.default.fileExists(atPath: document.path)
      ? SourceHistory(url: URL(fileURLWithPath: document.path)) : nil
    return stale.compactMap { translation in
      guard let recorded = translation.madeFrom else { return nil }
      let old = history?.source(ofUnit: translation.unit, fingerprint: recorded)
      return finding(
        .stale(translation, old: old, path: document.path, briefingID: id), in: context,
        utf8Range: translation.targetRange, language: translation.language,
        evidence:
          "made-from \(translation.language.tag): \(recorded); "
          + "\(translation.sourceLanguage.tag) source now: \(translation.sourceFingerprint)")
    }
  }
}

extension String {
  fileprivate static func stale(
    _ translation: BriefingTranslation, old: String?, path: String, briefingID: String
  ) -> String {
    let target = translation.language.tag
    let source = translation.sourceLanguage.tag
    let file = "\(briefingID).\(target).xlf"
    let change =
      if let old {
        "it was made from the \(source) text '\(old)', which is now '\(translation.source)'"
      } else {
        "it was made from an older \(source) source text, which has changed since"
      }
    return
      "stale \(target) translation of '\(translation.unit)': \(change); re-translate it: "
      + "salin extract \(path) --target \(target) -o \(file), translate, then "
      + "salin merge \(path) \(file)"
  }
}
