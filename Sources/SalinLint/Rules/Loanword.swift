import SalinCore
import SalinDocuments

/// SL006 `loanword`: a single word of another language that the document's language uses as its own
/// (Tagalog `video`, `basketball`; English `jeepney`).
///
/// Reported only where `.salin.yml` sets `mixing:` to `strict` for the document's language; a
/// phrase, or a word with no established use, is a switch (SL002).
///
/// Which words are established is learnt from data: how often the document language's own
/// running text uses the word, against how often it uses the other language's commonest words.
public struct Loanword: LintRule {
  /// SL006 loanword.
  public static let description = RuleDescription(
    code: "SL006", name: "loanword", defaultSeverity: .warning,
    summary: "An established loanword, reported only with 'mixing: strict' for the language.")

  /// Makes the rule.
  public init() {}

  /// The established loanwords in a document whose language is checked strictly.
  /// - Parameter context: The document, its language, the identifier and the mixing level.
  /// - Returns: One finding per loanword.
  public func findings(in context: LintContext) -> [Finding] {
    guard let language = context.language, context.mixing == .strict,
      let detector = context.detector
    else { return [] }
    var findings: [Finding] = []
    for segment in context.proseSegments {
      for span in context.mixingSpans(in: segment.text, detector: detector, language: language)
      where span.isEstablished && span.mixedRoot == nil && span.language != language
        && context.isConfident(span, in: segment.text)
      {
        let source = segment.sourceOffsets(ofTextUTF8: span.utf8Range)
        guard !source.isEmpty, !context.isDeclared(source) else { continue }
        guard
          !context.allowList.allows(
            span.utf8Range, of: segment.text, in: language, extraNames: context.names)
        else { continue }
        let text = String(decoding: Array(segment.text.utf8)[span.utf8Range], as: UTF8.self)
        findings.append(
          finding(
            .loanword(text, language: span.language, documentLanguage: language), in: context,
            utf8Range: source, language: span.language, confidence: span.confidence,
            evidence: span.evidence))
      }
    }
    return findings
  }
}

extension String {
  fileprivate static func loanword(
    _ text: String, language: Language, documentLanguage: Language
  ) -> String {
    "'\(text)' is a \(language) loanword established in \(documentLanguage) "
      + "(reported because mixing is strict for \(documentLanguage))"
  }
}
