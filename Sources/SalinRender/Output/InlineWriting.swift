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
    forEachMarkedRun(in: range) { run, language, _ in body(run, language) }
  }

  /// Like `forEachRun`, and a run of stale translations (in the requested locale, made from an
  /// older source text) is its own run with `stale` set.
  func forEachMarkedRun(in range: Range<Int>, _ body: (Range<Int>, Language?, Bool) -> Void) {
    var start = range.lowerBound
    while start < range.upperBound {
      let language = fallbackLanguageIndex(ofSpan: start)
      var end = start + 1
      while end < range.upperBound, fallbackLanguageIndex(ofSpan: end) == language { end += 1 }
      body(start..<end, language < 0 ? nil : languages[language], language == -2)
      start = end
    }
  }

  /// Appends the spans of `range`, each fallback run written `[en: …]` (Markdown and text).
  func appendBracketed(
    _ range: Range<Int>, to output: inout TextBuffer, escape: (String, inout TextBuffer) -> Void
  ) {
    forEachMarkedRun(in: range) { run, language, stale in
      if let language {
        output.append("[")
        output.append(language.tag)
        output.append(": ")
      } else if stale {
        output.append("[stale: ")
      }
      for index in run { escape(spans[index].text, &output) }
      if language != nil || stale { output.append("]") }
    }
  }
}

/// Escaping for the writers: most spans need none and are copied whole.
enum TextEscaping {
  /// Appends text as it stands.
  static func appendVerbatim(_ text: String, to output: inout TextBuffer) {
    output.append(text)
  }

  /// Appends text with a backslash before each character CommonMark could read as inline markup,
  /// an entity (`&amp;`) kept as written, and each line break as a space.
  ///
  /// A line break in Markdown text is a space when rendered, but the line after it starts a new
  /// block: `- item` became a list, a blank line ended the paragraph, and in a table it ended the
  /// table.
  static func appendMarkdown(_ text: String, to output: inout TextBuffer) {
    // The characters are ASCII: when no byte is one of them, no character is.
    guard contains(text, markdownBytes) else {
      output.append(text)
      return
    }
    // Character by character, as a character that merely starts with one (a star carrying a
    // combining accent) is not markup.
    var escaped = ""
    var characters = text[...]
    while let character = characters.popFirst() {
      switch character {
      case "\n", "\r", "\r\n":
        escaped.append(" ")
        continue
      case "&" where startsEntity(characters):
        escaped += "\\"
      default:
        if markdownSpecials.contains(character) { escaped += "\\" }
      }
      escaped.append(character)
    }
    output.append(escaped)
  }

  /// Whether what follows an `&` would make it an entity or character reference (`copy;`,
  /// `#169;`), which a Markdown reader would turn into another character.
  private static func startsEntity(_ rest: Substring) -> Bool {
    var length = 0
    for character in rest {
      if character == ";" { return length > 0 }
      guard character.isASCII, character.isLetter || character.isNumber || character == "#",
        length < 32
      else { return false }
      length += 1
    }
    return false
  }

  /// Text that starts a paragraph or list item, made to stay text.
  ///
  /// Leading white space is dropped
  /// (CommonMark drops it too, but four spaces made a code block), and a backslash before what
  /// would open a block there: `-`, `+`, `=` and `~` (a list, a rule, a code fence) and the `.`
  /// or `)` of `1.` (an ordered list). The rest of the line is escaped already.
  static func markdownBlockStart(_ text: String) -> String {
    var rest = text.drop { $0 == " " || $0 == "\t" }
    guard let first = rest.first else { return String(rest) }
    if "-+=~".contains(first) { return "\\" + rest }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9 {
      rest = rest.dropFirst(digits.count)
      if let marker = rest.first, marker == "." || marker == ")" {
        return String(digits) + "\\" + rest
      }
    }
    return String(text.drop { $0 == " " || $0 == "\t" })
  }

  /// Appends text with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attribute values.
  static func appendHTML(_ text: String, to output: inout TextBuffer) {
    guard contains(text, htmlBytes) else {
      output.append(text)
      return
    }
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    output.append(escaped)
  }

  /// Whether a byte of the text's UTF-8 is marked in `table` (256 flags), scanning the
  /// string's storage directly.
  private static func contains(_ text: String, _ table: [Bool]) -> Bool {
    table.withUnsafeBufferPointer { flags in
      let scan: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
        for byte in bytes where flags[Int(byte)] { return true }
        return false
      }
      if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
      return text.utf8.contains { flags[Int($0)] }
    }
  }

  /// 256 flags, set for the bytes of `characters` (ASCII).
  private static func flags(_ characters: String) -> [Bool] {
    var table = [Bool](repeating: false, count: 256)
    for byte in characters.utf8 { table[Int(byte)] = true }
    return table
  }

  /// What CommonMark could read as inline markup.
  private static let markdownBytes = flags("\\`*_[]<>#|&\n\r")
  /// What HTML text and attribute values must escape.
  private static let htmlBytes = flags("&<>\"'")

  private static let markdownSpecials: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|",
  ]
}
