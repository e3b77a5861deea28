import SalinCore

extension StylishReporter {
  /// The line under a finding as the stylish report shows it, with where the caret goes.
  ///
  /// At most ``maximumScalars`` characters of the line are shown, around the finding, with `…`
  /// where the line goes on; control characters are escaped (`\u{1B}`), tabs kept; the caret line
  /// keeps the snippet's tabs so that it lines up in any terminal.
  struct Snippet {
    /// The most characters of a line shown.
    static let maximumScalars = 160
    /// The most characters shown before the finding when the line is cut.
    static let context = 40

    /// The text shown.
    let text: String
    /// What goes before the caret: tabs where the text has tabs, spaces elsewhere.
    let caretIndent: String
    /// The columns the caret and tildes cover.
    let caretWidth: Int

    init(excerpt: LineExcerpt, markedBytes: Int) {
      let utf8 = Array(excerpt.text.utf8)
      let offset = min(excerpt.offset, utf8.count)
      let before = Array(String(decoding: utf8[..<offset], as: UTF8.self).unicodeScalars)
      let rest = Array(String(decoding: utf8[offset...], as: UTF8.self).unicodeScalars)
      var markedCount = 0
      var bytes = 0
      while markedCount < rest.count, bytes < max(1, markedBytes) {
        bytes += UTF8.width(rest[markedCount])
        markedCount += 1
      }
      markedCount = max(1, min(markedCount, rest.count))
      // Keep up to `context` characters before the mark when the line is too long to show.
      let total = before.count + rest.count
      let keptBefore = total > Self.maximumScalars ? min(before.count, Self.context) : before.count
      let keptAfter = min(rest.count, max(markedCount, Self.maximumScalars - keptBefore))
      let cutBefore = excerpt.isCutBefore || keptBefore < before.count
      let cutAfter = excerpt.isCutAfter || keptAfter < rest.count
      let shownBefore = DisplayText.escapingControls(
        String(String.UnicodeScalarView(before.suffix(keptBefore))))
      let shownMark = DisplayText.escapingControls(
        String(String.UnicodeScalarView(rest.prefix(min(markedCount, keptAfter)))))
      let shownAfter = DisplayText.escapingControls(
        String(
          String.UnicodeScalarView(
            rest.dropFirst(markedCount).prefix(keptAfter - min(markedCount, keptAfter)))))
      let lead = cutBefore ? "…" + shownBefore : shownBefore
      text = lead + shownMark + shownAfter + (cutAfter ? "…" : "")
      caretIndent = lead.unicodeScalars.map {
        $0 == "\t" ? "\t" : String(repeating: " ", count: StylishReporter.displayWidth([$0]))
      }.joined()
      caretWidth = max(1, StylishReporter.displayWidth(shownMark.unicodeScalars))
    }
  }
}
