import SalinCore
import SalinDocuments

/// SL001 `foreign-label`: a catalog label of another locale where this document's locale needs its
/// own (`Mga Detalye` heading a column of an English article).
///
/// Only label positions count (a whole heading, table cell or line, or a `Label:` prefix), never a
/// word inside a sentence: "Lugar" is also a surname. A text that is also a label of the document's
/// own locale is not flagged. The fix is the same key's label in the document's locale.
public struct ForeignLabel: LintRule {
  /// SL001 foreign-label.
  public static let description = RuleDescription(
    code: "SL001", name: "foreign-label", defaultSeverity: .error,
    summary: "A catalog label of another locale stands where the document's locale needs its own.",
    isFixable: true)

  /// Longer label-position texts are prose, not labels, and are not looked up.
  static let maximumLabelBytes = 160

  /// Makes the rule.
  public init() {}

  /// The foreign labels in a document.
  /// - Parameter context: The document and its language.
  /// - Returns: One finding per foreign label, with a fix when the catalog has the label in the
  ///   document's locale.
  public func findings(in context: LintContext) -> [Finding] {
    guard let language = context.language, let labels = context.labels else { return [] }
    var findings: [Finding] = []
    for segment in context.proseSegments {
      guard let labelRange = segment.labelRange, let label = segment.labelText else { continue }
      // "Sources:" standing alone: the label is the text before the colon.
      let trimmed = label.trimmingTrailingColon()
      let range = labelRange.lowerBound..<(labelRange.lowerBound + trimmed.utf8.count)
      guard !trimmed.isEmpty, !context.isDeclared(segment.sourceOffsets(ofTextUTF8: range)) else {
        continue
      }
      // Labels are short; a whole line of prose is a label position but never a label.
      guard trimmed.utf8.count <= Self.maximumLabelBytes else { continue }
      let matches = labels.labelMatches(for: String(trimmed))
      // The document's own label is no finding; else the preferred match: a catalog value
      // before a variant, then by key and locale.
      guard !matches.contains(where: { $0.language == language }),
        let match = matches.min(by: {
          ($0.isVariant ? 1 : 0, $0.key, $0.language) < ($1.isVariant ? 1 : 0, $1.key, $1.language)
        })
      else { continue }
      let source = segment.sourceOffsets(ofTextUTF8: range)
      let replacement = labels.label(forKey: match.key, language: language)
      var fix: Fix?
      if let replacement, segment.isVerbatim(textUTF8: range) {
        fix = Fix(
          range: context.document.lines.range(of: source), replacement: replacement,
          description: "Replace with the \(language) label '\(replacement)'")
      }
      findings.append(
        finding(
          .foreignLabel(
            String(trimmed), match: match, language: language, replacement: replacement),
          in: context, utf8Range: source, fix: fix, language: match.language, confidence: 1,
          evidence: "catalog \(match.language) '\(match.key)'\(match.isVariant ? " (variant)" : "")"
        ))
    }
    return findings
  }
}

extension Substring {
  fileprivate func trimmingTrailingColon() -> Substring {
    var text = self
    while let last = text.last, last == ":" || last == " " || last == "：" { text = text.dropLast() }
    return text
  }
}

extension String {
  fileprivate static func foreignLabel(
    _ text: String, match: LabelCandidate, language: Language, replacement: String?
  ) -> String {
    let what = "'\(text)' is the \(match.language) label '\(match.key)'"
    guard let replacement else { return what + "; the \(language) catalog has no text for it" }
    return what + "; in \(language) it is '\(replacement)'"
  }
}
