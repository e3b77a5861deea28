import SalinCatalog
import SalinCore
import SalinDocuments

/// Finds the catalog label a piece of text spells, in any locale, in label positions only.
struct LabelResolver {
  let catalogs: Catalogs
  /// The article's language: its own spellings win over another locale's.
  let language: Language
  /// Key prefixes that count as labels (`label.`): organisation names and role titles are
  /// names, not labels, even when a catalog spells them.
  let namespaces: [String]

  /// The best label match for a text: the article's language first, a message before a variant,
  /// then key order.
  func match(_ text: some StringProtocol) -> LabelMatch? {
    let candidates = catalogs.labelMatches(for: String(text)).filter { match in
      namespaces.contains { match.key.hasPrefix($0) }
    }
    return candidates.enumerated().min { lhs, rhs in
      (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
    }?.element
  }

  private func rank(_ match: LabelMatch) -> Int {
    (match.language == language ? 0 : 2) + (match.isVariant ? 1 : 0)
  }

  /// A label standing for the whole text (a heading, cell or line on its own).
  func wholeLabel(_ text: ArticleText) -> LabelMatch? {
    text.wholeIsLabelPosition ? match(text.text) : nil
  }

  /// A `Label:` prefix: the match and the UTF-8 offset where the text after the label starts —
  /// after the colon when the catalog spelling has one (`In response:`), at the colon otherwise
  /// (`Background` + `: …`).
  func prefixLabel(_ text: ArticleText) -> (match: LabelMatch, prefix: Substring, rest: Int)? {
    guard text.prefixIsLabelPosition, let range = LabelPrefix.range(in: text.text) else {
      return nil
    }
    let utf8 = text.text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    let prefix = text.text[start..<end]
    guard let match = match(prefix) else { return nil }
    var rest = range.upperBound
    if Self.endsWithColon(match.spelling), let colon = text.text[end...].unicodeScalars.first {
      rest += String(colon).utf8.count
    }
    return (match, prefix, rest)
  }

  static func endsWithColon(_ text: some StringProtocol) -> Bool {
    let trimmed = text.trimmingSuffix(while: \.isWhitespace)
    return trimmed.hasSuffix(":") || trimmed.hasSuffix("：")
  }
}

extension StringProtocol {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[startIndex..<end]
  }
}
