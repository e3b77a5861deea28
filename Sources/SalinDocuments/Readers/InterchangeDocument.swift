public import SalinCore

extension DocumentReader {
  /// Makes the document of an XLIFF file that SalinInterchange has read: its translations, one
  /// segment per non-empty target (so the term rules find terms in it), and the file's Salin
  /// comments (`<!-- salin-disable-next-line SL033 -->`) for suppressions.
  ///
  /// XML is parsed in one place only (SalinInterchange); this layer maps each target's text back
  /// onto the file's bytes, so findings point into the `<target>` they are about.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to report.
  ///   - translations: The file's translations, each with its target's content bytes.
  ///   - targetLanguage: The language the file says its translations are in, if one.
  /// - Returns: The document, of format `.xliff`.
  /// - Throws: `DocumentError` when the bytes are empty, too large, binary or not UTF-8, or a
  ///   Salin comment names a language tag that is not BCP 47.
  public static func read(
    xliff bytes: [UInt8], path: String, translations: [UnitTranslation],
    targetLanguage: Language?
  ) throws(DocumentError) -> Document {
    let (lines, text) = try checkedText(bytes, path: path)
    var scanner = DirectiveScanner(bytes: bytes, lines: lines, hashComments: false)
    scanner.langAttributes = false
    let scan = scanner.scan()
    if let (error, line) = scan.invalidLanguage {
      throw .invalidLanguage(path: path, line: line, error)
    }
    let segments = translations.filter { !$0.target.isEmpty }.map { translation in
      Segment(
        text: translation.target,
        kind: .unitTarget(unit: translation.unit, locale: translation.language),
        range: lines.range(of: translation.targetRange),
        pieces: XMLText.pieces(of: translation.target, in: bytes, content: translation.targetRange))
    }
    return Document(
      path: path, text: text, format: .xliff,
      declaredLanguage: targetLanguage.map { DeclaredLanguage(language: $0, source: .xliff) },
      segments: segments, directives: scan.directives, declaredSpans: scan.declaredSpans,
      metadata: [:], lines: lines, unitTranslations: translations)
  }
}

/// Where an XML element's text is in the file's bytes: the content of an element, and the runs
/// of a text that are copies of it.
///
/// Not a parser (SalinInterchange parses): given the element's start found by the parser, it
/// steps over markup (tags, comments, character references, which no text copies byte for byte)
/// so that a finding in a translation points at its words.
public enum XMLText {
  /// The bytes between an element's start tag and its end tag.
  /// - Parameters:
  ///   - offset: Where the element's start tag's `<` is.
  ///   - bytes: The file's bytes.
  /// - Returns: The content's bytes; empty, just past the tag, for `<target/>`, and running to
  ///   the end of the file when no end tag follows.
  public static func contentRange(ofElementAt offset: Int, in bytes: [UInt8]) -> Range<Int> {
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "<") else { return offset..<offset }
    let name = bytes[(offset + 1)...].prefix {
      !isSpace($0) && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/")
    }
    let tagEnd = endOfTag(from: offset, in: bytes)
    let start = min(tagEnd + 1, bytes.count)
    if tagEnd > offset, bytes[tagEnd - 1] == UInt8(ascii: "/") { return start..<start }
    // A translation holds no element of its own name, so the first end tag of that name closes
    // it (`</target>`, `</xlf:target>`).
    let closing = [UInt8(ascii: "<"), UInt8(ascii: "/")] + Array(name)
    var index = start
    while let found = SegmentBuilder.find(closing, in: bytes, from: index, to: bytes.count) {
      let after = found + closing.count
      if after >= bytes.count || bytes[after] == UInt8(ascii: ">") || isSpace(bytes[after]) {
        return start..<found
      }
      index = after
    }
    return start..<bytes.count
  }

  /// The runs of a text that are byte-for-byte copies of an element's content.
  ///
  /// The content's character data between markup is looked for in the text in order; entities,
  /// codes whose original data stands elsewhere in the file, and carriage returns (XML reads CR
  /// LF as LF) are left as gaps, which a finding spanning them widens over.
  /// - Parameters:
  ///   - text: The element's text as the file's reader gives it.
  ///   - bytes: The file's bytes.
  ///   - content: The element's content bytes.
  /// - Returns: The pieces, in order.
  public static func pieces(of text: String, in bytes: [UInt8], content: Range<Int>) -> [TextPiece]
  {
    let textBytes = Array(text.utf8)
    var pieces: [TextPiece] = []
    var cursor = 0
    func copy(_ run: Range<Int>) {
      guard !run.isEmpty,
        let found = SegmentBuilder.find(
          Array(bytes[run]), in: textBytes, from: cursor, to: textBytes.count)
      else { return }
      pieces.append(TextPiece(textOffset: found, sourceOffset: run.lowerBound, length: run.count))
      cursor = found + run.count
    }
    var index = content.lowerBound
    var runStart = index
    let end = min(content.upperBound, bytes.count)
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "<"):
        copy(runStart..<index)
        if bytes[index...].starts(with: "<![CDATA[".utf8) {
          let body = index + 9
          let close = SegmentBuilder.find(Array("]]>".utf8), in: bytes, from: body, to: end) ?? end
          copy(body..<close)
          index = min(close + 3, end)
        } else if bytes[index...].starts(with: "<!--".utf8) {
          let close = SegmentBuilder.find(Array("-->".utf8), in: bytes, from: index, to: end) ?? end
          index = min(close + 3, end)
        } else {
          index = min(endOfTag(from: index, in: bytes) + 1, end)
        }
        runStart = index
      case UInt8(ascii: "&"):
        copy(runStart..<index)
        let close = bytes[index..<end].prefix(12).firstIndex(of: UInt8(ascii: ";")) ?? index
        index = close + 1
        runStart = index
      case 0x0D:
        copy(runStart..<index)
        index += 1
        runStart = index
      default:
        index += 1
      }
    }
    copy(runStart..<end)
    return pieces
  }

  /// The `>` that ends the tag starting at `offset` (quoted attribute values may hold `>`).
  private static func endOfTag(from offset: Int, in bytes: [UInt8]) -> Int {
    var quote: UInt8?
    var index = offset + 1
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index
      }
      index += 1
    }
    return bytes.count - 1
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
