import SalinCore

/// Reads a gettext PO file: each non-empty `msgstr` becomes a segment with its `msgid`, and the
/// header's `Language:` field is the file's language.
///
/// Strings may continue over several quoted lines and hold C escapes (`\n`, `\"`, `\\`, `\t`); the
/// decoded text maps back onto the bytes between the quotes. Obsolete entries (`#~`) are skipped.
struct POReader {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String

  struct Result {
    var segments: [Segment] = []
    var header: [String: String] = [:]
    var language: Language?
  }

  /// The keyword a string belongs to.
  private enum Field: Equatable {
    case msgctxt, msgid, msgidPlural
    case msgstr(Int?)
  }

  private struct Entry {
    var msgid = SegmentBuilder(bytes: [])
    var strings: [(Int?, SegmentBuilder)] = []
    var hasMsgid = false
  }

  func read() throws(DocumentError) -> Result {
    var result = Result()
    var entry = Entry()
    var field: Field?
    var entries: [Entry] = []
    func finish() {
      if entry.hasMsgid { entries.append(entry) }
      entry = Entry()
      field = nil
    }
    for line in 1...lines.lineCount {
      let range = lines.contentRange(ofLine: line)
      var start = range.lowerBound
      while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      guard start < range.upperBound else {
        finish()
        continue
      }
      if bytes[start] == UInt8(ascii: "#") { continue }
      if bytes[start] == UInt8(ascii: "\"") {
        guard let field else {
          throw .malformedPO(path: path, line: line, message: "string without a keyword")
        }
        try appendString(at: start, end: range.upperBound, line: line, to: &entry, field: field)
        continue
      }
      let keywordEnd =
        bytes[start..<range.upperBound].firstIndex(where: { $0 == 0x20 || $0 == 0x09 })
        ?? range.upperBound
      let keyword = String(decoding: bytes[start..<keywordEnd], as: UTF8.self)
      let newField: Field
      switch keyword {
      case "msgctxt":
        finish()
        newField = .msgctxt
      case "msgid":
        if entry.hasMsgid { finish() }
        entry.hasMsgid = true
        newField = .msgid
      case "msgid_plural": newField = .msgidPlural
      case "msgstr": newField = .msgstr(nil)
      default:
        if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
          let index = Int(keyword.dropFirst(7).dropLast())
        {
          newField = .msgstr(index)
        } else {
          throw .malformedPO(path: path, line: line, message: "unknown keyword '\(keyword)'")
        }
      }
      field = newField
      if case .msgstr(let index) = newField {
        entry.strings.append((index, SegmentBuilder(bytes: bytes)))
      }
      var quote = keywordEnd
      while quote < range.upperBound, bytes[quote] == 0x20 || bytes[quote] == 0x09 { quote += 1 }
      guard quote < range.upperBound, bytes[quote] == UInt8(ascii: "\"") else {
        throw .malformedPO(
          path: path, line: line, message: "expected a quoted string after \(keyword)")
      }
      try appendString(at: quote, end: range.upperBound, line: line, to: &entry, field: newField)
    }
    finish()
    for entry in entries {
      let msgid = entry.msgid.text
      if msgid.isEmpty, let header = entry.strings.first?.1.text {
        result.header = Self.headerFields(header)
        if let tag = result.header["Language"], !tag.isEmpty {
          result.language = Language(tag.replacingOccurrences("_", "-"))
        }
        continue
      }
      for (index, builder) in entry.strings {
        guard
          let segment = builder.build(
            kind: .poMessage(msgid: msgid, pluralIndex: index), lines: lines, labelMode: .none)
        else { continue }
        result.segments.append(segment)
      }
    }
    return result
  }

  /// Decodes one quoted string starting at `start` and appends it to the current field.
  private func appendString(
    at start: Int, end: Int, line: Int, to entry: inout Entry, field: Field
  ) throws(DocumentError) {
    var builder = SegmentBuilder(bytes: bytes)
    var index = start + 1
    var closed = false
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        closed = true
        break
      }
      if byte == UInt8(ascii: "\\"), index + 1 < end {
        let escaped: String =
          switch bytes[index + 1] {
          case UInt8(ascii: "n"): "\n"
          case UInt8(ascii: "t"): "\t"
          case UInt8(ascii: "r"): "\r"
          case UInt8(ascii: "\""): "\""
          case UInt8(ascii: "\\"): "\\"
          default: String(decoding: [bytes[index + 1]], as: UTF8.self)
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
    guard closed else { throw .malformedPO(path: path, line: line, message: "unterminated string") }
    switch field {
    case .msgid: entry.msgid.append(builder)
    case .msgstr:
      if !entry.strings.isEmpty { entry.strings[entry.strings.count - 1].1.append(builder) }
    case .msgctxt, .msgidPlural: break
    }
  }

  static func headerFields(_ header: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in header.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces()
      fields[key] = line[line.index(after: colon)...].trimmingSpaces()
    }
    return fields
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
