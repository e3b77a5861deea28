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
    let nfc = (try? ICUNormalizer.nfc(text)) ?? text
    var words = nfc.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if words.hasSuffix(":") || words.hasSuffix("：") { words.removeLast() }
    while words.last?.isWhitespace == true { words.removeLast() }
    return words
  }
}
