import SalinCore
import SalinDocuments

/// SL002 `foreign-span`: a stretch of prose that the language identifier places in another
/// language, with the language, the confidence and the evidence: a switch (a phrase, or a word
/// the document's language has no established use for).
///
/// A single established loanword is SL006's (`loanword`), a word with the document language's
/// affixes on a foreign root SL007's (`mixed-word`). Spans inside a declared-language span, below the configured confidence, or made only of
/// allowed loanwords, titles, names and acronyms are not findings.
public struct ForeignSpan: LintRule {
  /// SL002 foreign-span.
  public static let description = RuleDescription(
    code: "SL002", name: "foreign-span", defaultSeverity: .warning,
    summary: "A span of text is in another language than the document's.")

  /// Makes the rule.
  public init() {}

  /// The foreign spans in a document.
  /// - Parameter context: The document, its language and the identifier.
  /// - Returns: One finding per foreign span.
  public func findings(in context: LintContext) -> [Finding] {
    guard let language = context.language, let detector = context.detector else { return [] }
    var findings: [Finding] = []
    for segment in context.proseSegments {
      for span in context.mixingSpans(in: segment.text, detector: detector, language: language) {
        // An established loanword is SL006's, a mixed word SL007's.
        guard span.language != language, context.isConfident(span, in: segment.text),
          !span.isEstablished, span.mixedRoot == nil
        else { continue }
        let source = segment.sourceOffsets(ofTextUTF8: span.utf8Range)
        guard !source.isEmpty, !context.isDeclared(source) else { continue }
        let text = String(decoding: Array(segment.text.utf8)[span.utf8Range], as: UTF8.self)
        guard
          !context.allowList.allows(
            span.utf8Range, of: segment.text, in: language, extraNames: context.names,
            capitalRunsAreAcronyms: false)
        else { continue }
        findings.append(
          finding(
            .foreignSpan(text, span: span, documentLanguage: language), in: context,
            utf8Range: source,
            language: span.language, confidence: span.confidence, evidence: span.evidence))
      }
    }
    return findings
  }
}

extension String {
  fileprivate static func foreignSpan(
    _ text: String, span: DetectedSpan, documentLanguage: Language
  ) -> String {
    let percent = Int((span.confidence * 100).rounded())
    return
      "'\(text)' looks \(span.language), not \(documentLanguage) (\(percent)%; \(span.evidence))"
  }
}
