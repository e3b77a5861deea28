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

  /// Whether a span is sure enough to report: at `min-confidence` in the default setting, but for
  /// a lone word of three letters or fewer at ``shortWordConfidence`` at least (unless it is
  /// capitalised and a capitalised word stands one space beside it); in the strict setting any
  /// span (its lower switch penalty is the threshold), except such a short word, which still
  /// needs `min-confidence`.
  ///
  /// A short word is the weakest evidence of a switch: `to` (for *ito*), `me` (*may*), `and` (a
  /// slip for *ang*), `ceu` (a school, in lower case) are written in Tagalog as often as `is`,
  /// `so` or `if` are switches, and lists of both languages hold most of them. Capitalised
  /// beside a capitalised word it is often the one weighed word of a title-case phrase whose
  /// capitals count half or not at all in prose (`For President`, `Is Pink`), and keeps the
  /// usual bar; in lower case beside a sentence's first word or a name (`Masarap to`, `me
  /// Bisaya`) it is in no title case.
  func isConfident(_ span: DetectedSpan, in text: String) -> Bool {
    let bytes = Array(text.utf8)
    let covered = String(decoding: bytes[span.utf8Range], as: UTF8.self)
    let isShortWord =
      covered.unicodeScalars.count <= 3
      && covered.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    switch mixing {
    case .strict:
      return !isShortWord || span.confidence >= minimumConfidence
    case .default:
      guard isShortWord,
        !(covered.first?.isUppercase == true && Self.standsBesideCapital(span.utf8Range, of: bytes))
      else {
        return span.confidence >= minimumConfidence
      }
      return span.confidence >= max(minimumConfidence, Self.shortWordConfidence)
    }
  }

  /// The confidence a lone word of three letters or fewer needs in the default setting: 0.99,
  /// a margin of about 6 nats over the main language (the usual 0.9 asks about 3.7).
  static let shortWordConfidence = 0.99

  /// Whether the word just before a range or just after it, one space away, starts with a
  /// capital letter.
  static func standsBesideCapital(_ range: Range<Int>, of bytes: [UInt8]) -> Bool {
    let before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
    if before.hasSuffix(" "),
      let first = before.dropLast().reversed().prefix(while: \.isLetter).last,
      first.isUppercase
    {
      return true
    }
    let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
    return after.hasPrefix(" ") && after.dropFirst().first?.isUppercase == true
  }
}
