import SalinCore

// What the writers share: spans of a block or row as one range, fallback runs, and escaping
// that copies a span whole unless it holds a character the format must escape.

extension RenderedStorage {
  /// The spans of every cell of a row, which are contiguous.
  func spans(ofRow row: Int) -> Range<Int> {
    let cells = cells(ofRow: row)
    guard let first = cells.first, let last = cells.last else {
      let start = cells.lowerBound == 0 ? 0 : Int(cellEnds[cells.lowerBound - 1])
      return start..<start
    }
    return spans(ofCell: first).lowerBound..<spans(ofCell: last).upperBound
  }

  /// The spans of every row of a block, which are contiguous.
  func spans(ofBlock block: Int) -> Range<Int> {
    let rows = rows(ofBlock: block)
    guard let first = rows.first, let last = rows.last else {
      let start = spanCount(beforeRow: rows.lowerBound)
      return start..<start
    }
    return spans(ofRow: first).lowerBound..<spans(ofRow: last).upperBound
  }

  private func spanCount(beforeRow row: Int) -> Int {
    guard row > 0 else { return 0 }
    let cellEnd = Int(rowEnds[row - 1])
    return cellEnd == 0 ? 0 : Int(cellEnds[cellEnd - 1])
  }

  /// The UTF-8 length of every span's text: what a writer reserves before writing.
  var textByteCount: Int {
    var count = 0
    for span in spans { count += span.text.utf8.count }
    return count
  }

  /// Calls `body` for each run of adjacent spans in `range` that are either all in the
  /// requested locale (`nil`) or all fallen back to the same language, so a writer marks a
  /// fallback once, not word by word.
  func forEachRun(in range: Range<Int>, _ body: (Range<Int>, Language?) -> Void) {
    var start = range.lowerBound
    while start < range.upperBound {
      let language = fallbackLanguage(ofSpan: start)
      var end = start + 1
      while end < range.upperBound, fallbackLanguage(ofSpan: end) == language { end += 1 }
      body(start..<end, language)
      start = end
    }
  }

  /// Appends the spans of `range`, each fallback run written `[en: …]` (Markdown and text).
  func appendBracketed(
    _ range: Range<Int>, to output: inout String, escape: (String, inout String) -> Void
  ) {
    forEachRun(in: range) { run, language in
      if let language {
        output += "["
        output += language.tag
        output += ": "
      }
      for index in run { escape(spans[index].text, &output) }
      if language != nil { output += "]" }
    }
  }
}

/// Escaping for the writers: most spans need none and are copied whole.
enum TextEscaping {
  /// Appends text as it stands.
  static func appendVerbatim(_ text: String, to output: inout String) {
    output += text
  }

  /// Appends text with a backslash before each character CommonMark could read as inline markup.
  static func appendMarkdown(_ text: String, to output: inout String) {
    // The characters are ASCII: when no byte is one of them, no character is.
    guard text.utf8.contains(where: isMarkdownSpecial) else {
      output += text
      return
    }
    // Character by character, as a character that merely starts with one (a star carrying a
    // combining accent) is not markup.
    for character in text {
      if markdownSpecials.contains(character) { output += "\\" }
      output.append(character)
    }
  }

  /// Appends text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
  static func appendHTML(_ text: String, to output: inout String) {
    guard text.utf8.contains(where: isHTMLSpecial) else {
      output += text
      return
    }
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.append(character)
      }
    }
  }

  private static let markdownSpecials: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|",
  ]

  private static func isMarkdownSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "|"):
      true
    default: false
    }
  }

  private static func isHTMLSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }
}
