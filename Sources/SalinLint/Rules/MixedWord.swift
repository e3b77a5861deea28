import SalinCore
import SalinDocuments

/// SL007 `mixed-word`: a word with the document language's affixes on another language's root
/// (Tagalog `nagshopping`, `na-adjourn`, `iautofill`, `ineengage`), reported with the root named.
///
/// It is the document language's morphology, not a switch, so it is never SL002, and it is reported
/// only where `.salin.yml` sets `mixing:` to `strict` for the document's language (Tagalog prose
/// writes such words all the time).
public struct MixedWord: LintRule {
  /// SL007 mixed-word.
  public static let description = RuleDescription(
    code: "SL007", name: "mixed-word", defaultSeverity: .info,
    summary: "A word with the document language's affixes on a foreign root, with 'mixing: strict'."
  )

  /// Makes the rule.
  public init() {}

  /// The mixed words in a document.
  /// - Parameter context: The document, its language and the identifier.
  /// - Returns: One finding per mixed word.
  public func findings(in context: LintContext) -> [Finding] {
    guard let language = context.language, context.mixing == .strict,
      let detector = context.detector
    else { return [] }
    var findings: [Finding] = []
    for segment in context.proseSegments {
      for word in detector.mixedWords(in: segment.text, mainLanguage: language) {
        let source = segment.sourceOffsets(ofTextUTF8: word.utf8Range)
        guard !source.isEmpty, !context.isDeclared(source) else { continue }
        let text = String(decoding: Array(segment.text.utf8)[word.utf8Range], as: UTF8.self)
        findings.append(
          finding(
            .mixedWord(text, root: word.root, rootLanguage: word.rootLanguage, language: language),
            in: context, utf8Range: source, language: word.rootLanguage,
            evidence: "\(language) affixes on the \(word.rootLanguage) root '\(word.root)'"))
      }
    }
    return findings
  }
}

extension String {
  fileprivate static func mixedWord(
    _ text: String, root: String, rootLanguage: Language, language: Language
  ) -> String {
    "'\(text)' is a \(language) form of the \(rootLanguage) word '\(root)'"
  }
}
