import SalinCore

/// Reads a gettext PO file into a `POFile`: header, entries, comments, flags, plural forms, and
/// where each string is.
///
/// Strings may continue over several quoted lines and hold C escapes (`\n`, `\"`, `\\`, `\t`); the
/// decoded text maps back onto the bytes between the quotes. Obsolete entries (`#~`) are read as
/// entries marked obsolete. Errors name the line and column of the offending character.
struct POReader {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String

  /// What the linter takes from a PO file.
  struct Result {
    var segments: [Segment] = []
    var header: [String: String] = [:]
    var language: Language?
  }

  /// The keyword a string belongs to.
  fileprivate enum Field: Equatable {
    case msgctxt, msgid, msgidPlural
    case msgstr(Int)
    case previousContext, previousMsgid, previousPlural
  }

  /// Reads the segments, header fields and language the linter needs.
  func read() throws(DocumentError) -> Result {
    let file = try parse()
    var result = Result()
    for field in file.headerFields { result.header[field.name] = field.value }
    result.language = file.language
    for entry in file.entries where !entry.isObsolete {
      let plural = entry.msgidPlural != nil
      for (index, string) in entry.msgstr.enumerated() {
        guard
          let segment = string.builder?.build(
            kind: .poMessage(msgid: entry.msgid.text, pluralIndex: plural ? index : nil),
            lines: lines, labelMode: .none)
        else { continue }
        result.segments.append(segment)
      }
    }
    return result
  }

  /// Reads the whole file.
  func parse() throws(DocumentError) -> POFile {
    var file = POFile(path: path)
    var entry = Draft()
    var field: Field?
    // The entry and field are parameters, not captured: `readKeywordLine` holds them `inout` when
    // it finishes an entry, and a closure that captured them was a second access to the same
    // variables (the exclusivity check trapped on `msgid` after `msgid` with no blank line).
    func finish(_ entry: inout Draft, _ field: inout Field?) {
      if let finished = entry.entry(lines: lines, path: path) {
        if finished.msgid.text.isEmpty, finished.context == nil, file.header == nil,
          file.entries.isEmpty, !finished.isObsolete
        {
          file.header = finished
        } else {
          file.entries.append(finished)
        }
      }
      entry = Draft()
      field = nil
    }
    for line in 1...lines.lineCount {
      let range = lines.contentRange(ofLine: line)
      var start = skipSpaces(range.lowerBound, range.upperBound)
      guard start < range.upperBound else {
        finish(&entry, &field)
        continue
      }
      var obsolete = false
      if bytes[start] == UInt8(ascii: "#") {
        let next = start + 1 < range.upperBound ? bytes[start + 1] : 0x20
        switch next {
        case UInt8(ascii: "~"):
          obsolete = true
          start = skipSpaces(start + 2, range.upperBound)
          if start < range.upperBound, bytes[start] == UInt8(ascii: "|") {
            // `#~|`: the previous strings of an obsolete entry; kept as comments are not.
            continue
          }
          guard start < range.upperBound else { continue }
        case UInt8(ascii: "|"):
          if entry.hasStrings { finish(&entry, &field) }
          start = skipSpaces(start + 2, range.upperBound)
          try readKeywordLine(
            start: start, end: range.upperBound, line: line, entry: &entry, field: &field,
            previous: true, finish: finish)
          continue
        default:
          if entry.hasStrings { finish(&entry, &field) }
          let text = commentText(from: start + 2, to: range.upperBound)
          switch next {
          case UInt8(ascii: "."): entry.extracted.append(text)
          case UInt8(ascii: ":"): entry.references.append(text)
          case UInt8(ascii: ","):
            entry.flags += text.split(separator: ",").map {
              String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            }.filter { !$0.isEmpty }
          default:
            entry.translator.append(commentText(from: start + 1, to: range.upperBound))
          }
          if entry.firstLine == nil { entry.firstLine = line }
          continue
        }
      }
      if obsolete { entry.obsolete = true }
      try readKeywordLine(
        start: start, end: range.upperBound, line: line, entry: &entry, field: &field,
        previous: false, finish: finish)
    }
    finish(&entry, &field)
    return file
  }

  /// Reads a line that starts with a keyword (`msgid "…"`) or continues a string (`"…"`).
  private func readKeywordLine(
    start: Int, end: Int, line: Int, entry: inout Draft, field: inout Field?,
    previous: Bool, finish: (inout Draft, inout Field?) -> Void
  ) throws(DocumentError) {
    guard start < end else { return }
    if bytes[start] == UInt8(ascii: "\"") {
      guard let current = field, previous == current.isPrevious else {
        throw error(at: start, "a string without a keyword before it")
      }
      let string = try decodeString(at: start, end: end)
      entry.append(string, to: current)
      return
    }
    let keywordEnd = bytes[start..<end].firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) ?? end
    let keyword = String(decoding: bytes[start..<keywordEnd], as: UTF8.self)
    let newField: Field
    switch (keyword, previous) {
    case ("msgctxt", false):
      if entry.hasStrings { finish(&entry, &field) }
      newField = .msgctxt
    case ("msgid", false):
      if entry.hasMsgid { finish(&entry, &field) }
      newField = .msgid
    case ("msgid_plural", false): newField = .msgidPlural
    case ("msgstr", false): newField = .msgstr(0)
    case ("msgctxt", true): newField = .previousContext
    case ("msgid", true): newField = .previousMsgid
    case ("msgid_plural", true): newField = .previousPlural
    default:
      if !previous, keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
        let index = Int(keyword.dropFirst(7).dropLast()), (0..<100).contains(index)
      {
        newField = .msgstr(index)
      } else {
        throw error(at: start, "unknown keyword '\(keyword)'")
      }
    }
    if newField == .msgid, entry.firstLine == nil { entry.firstLine = line }
    if newField == .msgctxt, entry.firstLine == nil { entry.firstLine = line }
    field = newField
    let quote = skipSpaces(keywordEnd, end)
    guard quote < end, bytes[quote] == UInt8(ascii: "\"") else {
      throw error(at: quote, "expected a quoted string after \(keyword)")
    }
    let string = try decodeString(at: quote, end: end)
    if case .msgstr(let index) = newField {
      guard index == entry.msgstr.count else {
        throw error(at: start, "\(keyword) out of order (expected msgstr[\(entry.msgstr.count)])")
      }
    }
    entry.start(newField, at: lines.position(of: quote + 1), with: string)
  }

  /// Decodes one quoted string starting at `start`; nothing but spaces may follow it.
  private func decodeString(at start: Int, end: Int) throws(DocumentError) -> SegmentBuilder {
    var builder = SegmentBuilder(bytes: bytes)
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let rest = skipSpaces(index + 1, end)
        guard rest == end else { throw error(at: rest, "text after the closing quote") }
        return builder
      }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < end else { break }
        let escaped: String
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): escaped = "\n"
        case UInt8(ascii: "t"): escaped = "\t"
        case UInt8(ascii: "r"): escaped = "\r"
        case UInt8(ascii: "a"): escaped = "\u{07}"
        case UInt8(ascii: "b"): escaped = "\u{08}"
        case UInt8(ascii: "f"): escaped = "\u{0C}"
        case UInt8(ascii: "v"): escaped = "\u{0B}"
        case UInt8(ascii: "\""): escaped = "\""
        case UInt8(ascii: "\\"): escaped = "\\"
        default:
          // Octal (`\101`) and hex (`\x41`) escapes, as gettext reads them.
          var value = 0
          var digits = index + 1
          if bytes[digits] == UInt8(ascii: "x") {
            digits += 1
            while digits < end, let digit = Self.hexValue(bytes[digits]) {
              value = value * 16 + digit
              digits += 1
            }
            guard digits > index + 2 else { throw error(at: index, "\\x without hex digits") }
          } else {
            while digits < end, digits < index + 4, (0x30...0x37).contains(bytes[digits]) {
              value = value * 8 + Int(bytes[digits] - 0x30)
              digits += 1
            }
            guard digits > index + 1 else {
              throw error(
                at: index, "unknown escape '\\\(Unicode.Scalar(bytes[index + 1]))'")
            }
          }
          guard value < 0x80 else {
            throw error(at: index, "escape above 0x7F; write the character itself in UTF-8")
          }
          builder.appendUnmapped(String(Unicode.Scalar(UInt8(value))))
          index = digits
          continue
        }
        builder.appendUnmapped(escaped)
        index += 2
        continue
      }
      var runEnd = index
      while runEnd < end, bytes[runEnd] != UInt8(ascii: "\""), bytes[runEnd] != UInt8(ascii: "\\") {
        runEnd += 1
      }
      builder.appendSource(index..<runEnd)
      index = runEnd
    }
    throw error(at: start, "unterminated string (no closing quote on this line)")
  }

  private static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case 0x30...0x39: Int(byte - 0x30)
    case 0x41...0x46: Int(byte - 0x41 + 10)
    case 0x61...0x66: Int(byte - 0x61 + 10)
    default: nil
    }
  }

  private func skipSpaces(_ from: Int, _ end: Int) -> Int {
    var index = from
    while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index
  }

  private func commentText(from: Int, to end: Int) -> String {
    guard from < end else { return "" }
    var start = from
    if bytes[start] == 0x20 { start += 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private func error(at offset: Int, _ message: String) -> DocumentError {
    let position = lines.position(of: offset)
    return .malformedPO(path: path, line: position.line, column: position.column, message: message)
  }
}

extension POReader {
  /// An entry being read, before its strings are final.
  fileprivate struct Draft {
    var translator: [String] = []
    var extracted: [String] = []
    var references: [String] = []
    var flags: [String] = []
    var previousContext: SegmentBuilder?
    var previousMsgid: SegmentBuilder?
    var context: (SegmentBuilder, SourcePosition)?
    var msgid: (SegmentBuilder, SourcePosition)?
    var msgidPlural: (SegmentBuilder, SourcePosition)?
    var msgstr: [(SegmentBuilder, SourcePosition)] = []
    var obsolete = false
    var firstLine: Int?

    var hasMsgid: Bool { msgid != nil }
    var hasStrings: Bool { msgid != nil || context != nil }

    mutating func start(_ field: Field, at position: SourcePosition, with string: SegmentBuilder) {
      switch field {
      case .msgctxt: context = (string, position)
      case .msgid: msgid = (string, position)
      case .msgidPlural: msgidPlural = (string, position)
      case .msgstr: msgstr.append((string, position))
      case .previousContext: previousContext = string
      case .previousMsgid: previousMsgid = string
      case .previousPlural: break
      }
    }

    mutating func append(_ string: SegmentBuilder, to field: Field) {
      switch field {
      case .msgctxt: context?.0.append(string)
      case .msgid: msgid?.0.append(string)
      case .msgidPlural: msgidPlural?.0.append(string)
      case .msgstr: if !msgstr.isEmpty { msgstr[msgstr.count - 1].0.append(string) }
      case .previousContext: previousContext?.append(string)
      case .previousMsgid: previousMsgid?.append(string)
      case .previousPlural: break
      }
    }

    func entry(lines: LineIndex, path: String) -> POEntry? {
      guard let msgid else { return nil }
      func string(_ pair: (SegmentBuilder, SourcePosition)) -> POString {
        var string = POString(
          pair.0.text, location: SourceLocation(file: path, position: pair.1))
        string.builder = pair.0
        return string
      }
      var entry = POEntry(msgid: "")
      entry.translatorComments = translator
      entry.extractedComments = extracted
      entry.references = references
      entry.flags = flags
      entry.previousContext = previousContext?.text
      entry.previousMsgid = previousMsgid?.text
      entry.context = context.map(string)
      entry.msgid = string(msgid)
      entry.msgidPlural = msgidPlural.map(string)
      entry.msgstr = msgstr.map(string)
      entry.isObsolete = obsolete
      let line = firstLine ?? msgid.1.line
      entry.location = SourceLocation(
        file: path, position: lines.position(of: lines.lineStarts[line - 1]))
      return entry
    }
  }
}

extension POReader.Field {
  fileprivate var isPrevious: Bool {
    switch self {
    case .previousContext, .previousMsgid, .previousPlural: true
    default: false
    }
  }
}

extension POFile {
  /// Reads a PO or POT file's text.
  /// - Parameters:
  ///   - bytes: The file's bytes (UTF-8).
  ///   - path: The path to name in locations.
  /// - Returns: The header and entries.
  /// - Throws: `DocumentError.invalidUTF8` or `.binary` for bytes that are not text,
  ///   `DocumentError.malformedPO` at the line and column of a syntax error.
  public static func parse(bytes: [UInt8], path: String) throws(DocumentError) -> POFile {
    if let nul = bytes.firstIndex(of: 0) {
      let position = UTF8Validation.position(of: nul, in: bytes)
      throw .binary(path: path, line: position.line, column: position.column)
    }
    if String(validating: bytes, as: UTF8.self) == nil,
      let bad = UTF8Validation.firstInvalidPosition(in: bytes)
    {
      throw .invalidUTF8(path: path, line: bad.line, column: bad.column)
    }
    return try POReader(bytes: bytes, lines: LineIndex(bytes: bytes), path: path).parse()
  }
}
