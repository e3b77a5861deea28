import SalinCore
import SalinDocuments

/// SL003 `untranslated-catalog-entry`: a catalog or PO value that is not in its file's language
/// (English left in `tl.yaml`).
///
/// Placeholders (`{name}`, `%s`, `%(name)s`) are left out before the value is identified; values
/// the identifier cannot decide, or decides below the configured confidence, are not findings.
public struct UntranslatedCatalogEntry: LintRule {
  /// SL003 untranslated-catalog-entry.
  public static let description = RuleDescription(
    code: "SL003", name: "untranslated-catalog-entry", defaultSeverity: .warning,
    summary: "A catalog or PO value is not in its file's language.")

  /// Makes the rule.
  public init() {}

  /// The untranslated values of a catalog or PO file.
  /// - Parameter context: The document, its language and the identifier.
  /// - Returns: One finding per value in another language.
  public func findings(in context: LintContext) -> [Finding] {
    guard let detector = context.detector else { return [] }
    var findings: [Finding] = []
    for segment in context.document.segments {
      let fileLanguage: Language?
      let key: String
      switch segment.kind {
      case .catalogValue(let entryKey, let locale, let allowsSameText):
        // `untranslated: ok`: the same text in every locale on purpose (a name, an acronym).
        if allowsSameText { continue }
        fileLanguage = locale ?? context.language
        key = entryKey
      case .poMessage(let msgid, _):
        fileLanguage = context.language
        key = msgid
      default: continue
      }
      guard let fileLanguage else { continue }
      let text = Self.withoutPlaceholders(segment.text)
      if case .poMessage(let msgid, _) = segment.kind {
        // A msgstr equal to its msgid is SL036's (unchanged-translation). One that differs was
        // translated, and one word ("DiPansin:%lu %s" for "Ign:%lu %s") is too little to call
        // it another language: only two or more words are identified.
        if segment.text == msgid { continue }
        if text.split(whereSeparator: { !$0.isLetter }).count < 2 { continue }
      }
      guard let identified = detector.identify(text, names: context.names),
        identified.language != fileLanguage, identified.confidence >= context.minimumConfidence,
        !context.allowList.allows(text, in: fileLanguage, extraNames: context.names)
      else { continue }
      let source = segment.sourceOffsets(ofTextUTF8: 0..<segment.text.utf8.count)
      guard !context.isDeclared(source) else { continue }
      findings.append(
        finding(
          .untranslated(
            key: key, language: identified.language, fileLanguage: fileLanguage,
            confidence: identified.confidence),
          in: context, utf8Range: source, language: identified.language,
          confidence: identified.confidence, evidence: identified.evidence))
    }
    return findings
  }

  /// A value with ICU (`{name}`, plural blocks) and printf (`%s`, `%(name)s`) placeholders blanked.
  static func withoutPlaceholders(_ text: String) -> String {
    var result = ""
    var depth = 0
    var iterator = text.makeIterator()
    while let character = iterator.next() {
      switch character {
      case "{":
        depth += 1
        result.append(" ")
      case "}":
        depth = max(0, depth - 1)
        result.append(" ")
      case "%":
        // printf: %s, %d, %1$s, %(name)s.
        result.append(" ")
        var skipping = true
        while skipping, let next = iterator.next() {
          if next == "(" {
            while let inner = iterator.next(), inner != ")" {}
          } else if next.isLetter {
            skipping = false
          } else if !(next.isNumber || next == "$" || next == "." || next == "-") {
            result.append(next)
            skipping = false
          }
        }
      default:
        // Inside an ICU argument, only the sub-messages' text (between inner braces) is prose.
        result.append(depth == 0 || depth >= 2 ? character : " ")
      }
    }
    return result
  }
}

extension String {
  fileprivate static func untranslated(
    key: String, language: Language, fileLanguage: Language, confidence: Double
  ) -> String {
    "value of '\(key)' looks \(language), not \(fileLanguage) (\(Int((confidence * 100).rounded()))%)"
  }
}
