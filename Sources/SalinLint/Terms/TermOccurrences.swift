import SalinCore
import SalinDocuments
import SalinTerms

/// The termbase terms of a document's language found in its text, each with its bytes in the
/// file; shared by the term rules (SL020, SL021).
struct TermOccurrence {
  /// The match in the segment's text.
  let match: TermMatcher.Match
  /// The bytes in the file.
  let source: Range<Int>
  /// Whether the segment's text is the file's bytes there (a fix may replace them).
  let isVerbatim: Bool
  /// The text as written in the document.
  let written: String
}

extension LintContext {
  /// Every term of the termbase in the document's language, in document order.
  func termOccurrences() -> [TermOccurrence] {
    guard let termbase, let language else { return [] }
    let matcher = TermMatcher(termbase: termbase, language: language)
    var found: [TermOccurrence] = []
    for segment in document.segments where !segment.isNested {
      let text = segment.text
      for match in matcher.matches(in: text) {
        let source = segment.sourceOffsets(ofTextUTF8: match.utf8Range)
        guard !isDeclared(source) else { continue }
        let written = String(decoding: Array(text.utf8)[match.utf8Range], as: UTF8.self)
        found.append(
          TermOccurrence(
            match: match, source: source, isVerbatim: segment.isVerbatim(textUTF8: match.utf8Range),
            written: written))
      }
    }
    return found
  }

  /// A fix replacing an occurrence with the concept's preferred term, keeping a capital first
  /// letter the text had (a table cell, a sentence start).
  func preferredFix(_ occurrence: TermOccurrence, preferred: String) -> Fix? {
    guard occurrence.isVerbatim else { return nil }
    var replacement = preferred
    if let first = occurrence.written.first, first.isUppercase, let head = replacement.first,
      head.isLowercase
    {
      replacement = head.uppercased() + replacement.dropFirst()
    }
    return Fix(
      range: document.lines.range(of: occurrence.source), replacement: replacement,
      description: "Replace with the preferred term '\(replacement)'")
  }
}
