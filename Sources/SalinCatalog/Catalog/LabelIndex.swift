import SalinCore
import SalinICU

/// Every label spelling of the catalogs, by normalised text, for the linter and the importer.
struct LabelIndex: Sendable {
  private let index: [String: [LabelMatch]]

  /// Indexes the entries whose message is plain text (no placeholders) and their variants.
  init(entries: [CatalogEntry]) {
    var index: [String: [LabelMatch]] = [:]
    for entry in entries {
      guard case .success(let pattern) = entry.parsed, let text = pattern.plainText else {
        continue
      }
      let spellings = [(text, false)] + entry.variants.map { ($0, true) }
      for (spelling, isVariant) in spellings {
        let normalized = Self.normalized(spelling)
        guard !normalized.isEmpty else { continue }
        let match = LabelMatch(
          key: entry.key, language: entry.language, spelling: spelling, isVariant: isVariant)
        if !(index[normalized]?.contains(match) ?? false) {
          index[normalized, default: []].append(match)
        }
      }
    }
    self.index = index
  }

  /// The matches for a text.
  func matches(for text: String) -> [LabelMatch] {
    (index[Self.normalized(text)] ?? []).sorted()
  }

  /// NFC, case-folded, trimmed, inner whitespace collapsed, one trailing colon dropped.
  /// - Parameter text: Any text.
  /// - Returns: The form labels are compared in.
  static func normalized(_ text: String) -> String {
    // The linter asks for every short paragraph: ASCII text takes a byte path with the same
    // result (NFC leaves ASCII alone, and an ASCII character is whitespace when it is a tab,
    // line feed, vertical tab, form feed, carriage return or space).
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalized(text) }
    let nfc = (try? ICUNormalizer.nfc(text)) ?? text
    let lowered = nfc.lowercased()
    if let simple = simpleNormalized(lowered) { return simple }
    var words = lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if words.hasSuffix(":") || words.hasSuffix("：") { words.removeLast() }
    while words.last?.isWhitespace == true { words.removeLast() }
    return words
  }

  /// The rest of ``normalized(_:)`` (whitespace collapsed, a trailing colon dropped) for
  /// lower-cased text in which every scalar is a character of its own (Hangul syllables, Latin
  /// letters, common punctuation: what Korean and Tagalog paragraphs hold), by scalars rather than
  /// by characters; `nil` for any other text.
  private static func simpleNormalized(_ lowered: String) -> String? {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in lowered.unicodeScalars {
      let value = scalar.value
      // Each of these is a grapheme cluster by itself (no combining marks, joiners, jamo or
      // prepended marks); its whitespace is tab to carriage return, space, U+0085, U+00A0 and
      // U+3000.
      guard
        value < 0x250 || (0xAC00...0xD7A3).contains(value) || (0x2010...0x2027).contains(value)
          || (0x3000...0x3003).contains(value) || (0xFF01...0xFF5E).contains(value)
      else { return nil }
      if value == 0x20 || (0x09...0x0D).contains(value) || value == 0x85 || value == 0xA0
        || value == 0x3000
      {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.append(scalar)
    }
    if let last = out.last, last == ":" || last == "：" { out.removeLast() }
    while let last = out.last, last == " " { out.removeLast() }
    return String(out)
  }

  /// ``normalized(_:)`` for ASCII text, on its bytes.
  private static func asciiNormalized(_ text: String) -> String {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if isSpace(byte) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(0x20) }
      pendingSpace = false
      out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    if out.last == 0x3A { out.removeLast() }
    while let last = out.last, isSpace(last) { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }
}
