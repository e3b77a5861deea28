import Foundation
import SalinCatalog
import SalinCore

extension BriefingAssembler {
  mutating func record(_ label: MappedLabel) { mappedLabels.append(label) }
  mutating func record(_ label: NewLabel) { newLabels.append(label) }
  mutating func record(_ notice: ImportNotice) { notices.append(notice) }

  // MARK: Table headers

  /// A table's column keys: each header cell's label, or a new key for a header no catalog spells.
  mutating func columns(_ cells: [ArticleText?], location: SourcePosition) -> [LabelKey] {
    cells.enumerated().map { column, cell in
      if let cell, let match = resolver.wholeLabel(cell) {
        record(
          MappedLabel(text: cell.text, match: match, location: cell.location, role: .tableHeader))
        return LabelKey(match.key)
      }
      let text = cell?.text ?? ""
      let key = newKey(for: text, column: column + 1)
      if !newLabels.contains(where: { $0.key == key }) {
        record(
          NewLabel(key: key, text: text, language: language, location: cell?.location ?? location))
        record(ImportNotice(.newTableHeader(text: text, key: key), at: cell?.location ?? location))
      }
      return LabelKey(key)
    }
  }

  /// `label.<words>` from a header's ASCII letters and digits (`Remarks` → `label.remarks`), or
  /// `label.column-N`; never a key a catalog already defines for other words.
  func newKey(for text: String, column: Int) -> String {
    var slug = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    let base = "label." + (slug.isEmpty ? "column-\(column)" : slug)
    var key = base
    var suffix = 2
    while existingKeys.contains(key)
      || newLabels.contains(where: { $0.key == key && $0.text != text })
    {
      key = "\(base)-\(suffix)"
      suffix += 1
    }
    return key
  }

  // MARK: Sources

  /// Takes the closing sources off the end of the article: a `Sources: A & B.` line whose label
  /// is the sources label in any locale, or a line that is only that label followed by a list.
  /// - Returns: The sources' names, or none when the article does not end with them.
  mutating func takeSources(_ blocks: inout ArraySlice<ArticleBlock>) -> [String] {
    if case .paragraph(let text)? = blocks.last,
      let (match, prefix, rest) = resolver.prefixLabel(text),
      match.key == Self.sourcesKey
    {
      var remainder = String(decoding: text.text.utf8.dropFirst(rest), as: UTF8.self)
      if remainder.first == ":" || remainder.first == "：" { remainder.removeFirst() }
      let names = sourceNames(remainder)
      guard !names.isEmpty else { return [] }
      record(
        MappedLabel(text: String(prefix), match: match, location: text.location, role: .sources))
      blocks = blocks.dropLast()
      return names
    }
    // `Sources:` on its own line, then one name per list item.
    var items: [String] = []
    var index = blocks.endIndex
    while index > blocks.startIndex, case .listItem(let item) = blocks[index - 1] {
      items.insert(item.text, at: 0)
      index -= 1
    }
    guard !items.isEmpty, index > blocks.startIndex, case .paragraph(let text) = blocks[index - 1],
      let match = resolver.wholeLabel(text), match.key == Self.sourcesKey
    else { return [] }
    let names = items.flatMap { sourceNames($0) }
    guard !names.isEmpty else { return [] }
    record(MappedLabel(text: text.text, match: match, location: text.location, role: .sources))
    blocks = blocks[..<(index - 1)]
    return names
  }

  /// `THX News at US Department of State.` → the two names: split at the article language's
  /// list pattern (and ` & `, `; `), one final period dropped (the rendered line puts it back).
  func sourceNames(_ text: String) -> [String] {
    var text = Substring(text).drop(while: \.isWhitespace)
    while text.last?.isWhitespace == true { text.removeLast() }
    if text.last == "." || text.last == "。" { text.removeLast() }
    return ListSeparators(language: language).items(String(text))
  }
}
