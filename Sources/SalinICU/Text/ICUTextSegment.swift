internal import CICU

/// One piece of text between two boundaries found by an `ICUBreakIterator`.
///
/// Carries both offset systems Salin reports in: UTF-8 bytes (source positions, cmark) and UTF-16
/// units (what ICU counts, SARIF and LSP columns).
package struct ICUTextSegment: Hashable, Sendable {
  /// The segment's range in the text's UTF-8 bytes.
  package let utf8Range: Range<Int>
  /// The segment's range in the text's UTF-16 code units.
  package let utf16Range: Range<Int>
  /// The segment's text, a slice of the string that was segmented.
  package let text: Substring
  /// ICU's rule status for the boundary that ends the segment (`ubrk_getRuleStatus`).
  ///
  /// For words: `UBRK_WORD_NONE` (0) for spaces and punctuation, 100… numbers, 200… letters,
  /// 300… kana, 400… ideographs. For sentences: 0 after a terminator (`.`, `?`), 100 after a
  /// separator (a line break). For lines: 0 for a soft break, 100 for a hard one.
  package let ruleStatus: Int32
  /// The kind of iterator that found the segment.
  package let kind: ICUBreakIterator.Kind

  /// Makes a segment; normally only `ICUBreakIterator` does.
  /// - Parameters:
  ///   - utf8Range: The range in UTF-8 bytes.
  ///   - utf16Range: The range in UTF-16 code units.
  ///   - text: The segment's text.
  ///   - ruleStatus: ICU's rule status for the segment's end boundary.
  ///   - kind: The kind of iterator that found it.
  package init(
    utf8Range: Range<Int>, utf16Range: Range<Int>, text: Substring, ruleStatus: Int32,
    kind: ICUBreakIterator.Kind
  ) {
    self.utf8Range = utf8Range
    self.utf16Range = utf16Range
    self.text = text
    self.ruleStatus = ruleStatus
    self.kind = kind
  }

  /// Whether a word segment holds letters, numbers, kana or ideographs rather than spaces or
  /// punctuation: its status is at least `UBRK_WORD_NONE_LIMIT`.
  ///
  /// Always `false` for other kinds.
  package var isWordLike: Bool {
    kind == .word && ruleStatus >= Int32(UBRK_WORD_NONE_LIMIT.rawValue)
  }
}
