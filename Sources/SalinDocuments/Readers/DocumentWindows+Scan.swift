// Where a window may end: what the lines read so far say about the line after them.
extension DocumentWindows {
  /// What the lines read so far say about where a window may end.
  struct ScanState {
    let isMarkdown: Bool
    /// Whether a `<!--` is open (a comment runs on into the next line).
    var inComment = false
    /// Markdown: the open code fence's character and length.
    var fence: (character: UInt8, length: Int)?
    /// Markdown: whether front matter opened on line 1 and has not closed yet.
    var inFrontMatter = false
    /// Markdown: whether the last line read was blank.
    var lastWasBlank = false
    /// Whether the next line read is the file's first.
    var isFirstLine: Bool

    init(isMarkdown: Bool, isFirstWindow: Bool) {
      self.isMarkdown = isMarkdown
      isFirstLine = isFirstWindow
    }

    /// Follows comments through a line's bytes, as `DirectiveScanner` pairs them, and for
    /// Markdown fences, front matter and blank lines.
    mutating func read(_ bytes: [UInt8], _ range: Range<Int>) {
      defer { isFirstLine = false }
      if isMarkdown { readMarkdown(bytes, range) }
      var index = range.lowerBound
      while index < range.upperBound {
        let marker = inComment ? Self.close : Self.open
        guard
          let found = SegmentBuilder.find(marker, in: bytes, from: index, to: range.upperBound)
        else { return }
        index = found + marker.count
        inComment.toggle()
      }
    }

    private mutating func readMarkdown(_ bytes: [UInt8], _ range: Range<Int>) {
      var range = range
      if isFirstLine, bytes[range].starts(with: [0xEF, 0xBB, 0xBF]) {
        range = (range.lowerBound + 3)..<range.upperBound
      }
      let content = Self.trimmingBlanks(range, in: bytes)
      lastWasBlank = content.isEmpty
      // Front matter is `---` on line 1 up to the first `---` or `...` line (`FrontMatter`).
      let fenceLine = bytes[content].elementsEqual("---".utf8)
      if isFirstLine {
        inFrontMatter = fenceLine
        return
      }
      if inFrontMatter {
        inFrontMatter = !(fenceLine || bytes[content].elementsEqual("...".utf8))
        return
      }
      // A code fence: up to three spaces, then three or more backticks or tildes.
      var start = range.lowerBound
      while start < range.upperBound, start - range.lowerBound < 4, bytes[start] == 0x20 {
        start += 1
      }
      guard start - range.lowerBound < 4, start < range.upperBound,
        bytes[start] == UInt8(ascii: "`") || bytes[start] == UInt8(ascii: "~")
      else { return }
      let character = bytes[start]
      var end = start
      while end < range.upperBound, bytes[end] == character { end += 1 }
      let length = end - start
      guard length >= 3 else { return }
      if let open = fence {
        // Closed by a run of the same character at least as long, and nothing after it.
        if character == open.character, length >= open.length,
          Self.trimmingBlanks(end..<range.upperBound, in: bytes).isEmpty
        {
          fence = nil
        }
      } else {
        fence = (character, length)
      }
    }

    /// Whether a window may end before this line.
    func mayEndBefore(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
      guard !inComment else { return false }
      if isMarkdown {
        return lastWasBlank && fence == nil && !inFrontMatter && Self.isATXHeading(bytes, range)
      }
      let content = PipeTableRow.trimmingSpaces(range, in: bytes)
      return !content.isEmpty && !bytes[range].contains(UInt8(ascii: "|"))
        && !bytes[range].starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// `#` to `######` in column 1, then a space, a tab or the end of the line.
    static func isATXHeading(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
      var index = range.lowerBound
      while index < range.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1 }
      let level = index - range.lowerBound
      return (1...6).contains(level)
        && (index == range.upperBound || bytes[index] == 0x20 || bytes[index] == 0x09)
    }

    /// The range without spaces and tabs at either end.
    static func trimmingBlanks(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
      var start = range.lowerBound
      var end = range.upperBound
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      return start..<end
    }

    static let open = Array("<!--".utf8)
    static let close = Array("-->".utf8)
  }
}
