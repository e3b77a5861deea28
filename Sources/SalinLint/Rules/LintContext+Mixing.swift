import SalinCore

extension LintContext {
  /// The foreign spans SL002 and SL006 look at: the strict setting's where `mixing:` is strict
  /// for the document's language, else the default ones.
  func mixingSpans(in text: String, detector: any SpanDetector, language: Language)
    -> [DetectedSpan]
  {
    mixing == .strict
      ? detector.strictForeignSpans(in: text, mainLanguage: language, names: names)
      : detector.foreignSpans(in: text, mainLanguage: language, names: names)
  }

  /// Whether a span is sure enough to report: at `min-confidence` in the default setting; in the
  /// strict setting any span (its lower switch penalty is the threshold), except one word of
  /// three letters or fewer (`lol`, `man`, `ale`, `bat`: as often a word of both languages),
  /// which still needs `min-confidence`.
  func isConfident(_ span: DetectedSpan, in text: String) -> Bool {
    guard mixing == .strict else { return span.confidence >= minimumConfidence }
    let covered = String(decoding: Array(text.utf8)[span.utf8Range], as: UTF8.self)
    let isShortWord =
      covered.unicodeScalars.count <= 3
      && covered.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    return !isShortWord || span.confidence >= minimumConfidence
  }
}
