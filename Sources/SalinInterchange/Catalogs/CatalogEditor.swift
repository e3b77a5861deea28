import SalinCatalog
import SalinCore

/// Rewrites only the entries of a catalog's YAML that an import changed, and adds new ones
/// after the entry that precedes them in the source catalog: every other byte (comments, blank
/// lines, the way an untouched entry is written) stays as it was.
enum CatalogEditor {
  /// Applies new entry texts to a catalog.
  /// - Parameters:
  ///   - updates: New fields by key.
  ///   - text: The catalog's text.
  ///   - catalog: The catalog read from `text`, for where each entry is.
  ///   - order: The source catalog's keys in order, to place new entries.
  /// - Returns: The new text.
  static func apply(
    _ updates: [String: CatalogEntryFields], to text: String, catalog: CatalogFile,
    order: [String]
  ) -> String {
    guard !updates.isEmpty else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsWithNewline = lines.last == ""
    if endsWithNewline { lines.removeLast() }
    // Top-level lines: an entry's key or the locale; each entry's lines run to the next one,
    // less the blank and comment lines before it (they belong to what follows).
    let topLevel = lines.indices.filter { index in
      guard let first = lines[index].unicodeScalars.first else { return false }
      return first != " " && first != "\t" && first != "#"
    }
    var regions: [String: Range<Int>] = [:]
    for entry in catalog.entries {
      let start = entry.location.position.line - 1
      guard start < lines.count else { continue }
      var end = topLevel.first { $0 > start } ?? lines.count
      while end > start + 1 {
        let line = lines[end - 1].drop { $0 == " " || $0 == "\t" }
        guard line.isEmpty || line.hasPrefix("#") else { break }
        end -= 1
      }
      regions[entry.key] = start..<end
    }
    // Edits from the bottom up, so earlier line numbers stay valid.
    var edits: [(range: Range<Int>, lines: [String])] = []
    var insertions: [Int: [String]] = [:]
    for (key, fields) in updates {
      let newLines = CatalogYAML.text(of: fields).split(separator: "\n").map(String.init)
      if let region = regions[key] {
        edits.append((region, newLines))
      } else {
        var anchor = lines.count
        if let position = order.firstIndex(of: key) {
          for previous in order[..<position].reversed() {
            if let region = regions[previous] {
              anchor = region.upperBound
              break
            }
          }
        }
        insertions[anchor, default: []].append(contentsOf: [key])
      }
    }
    for (anchor, keys) in insertions {
      let sorted = keys.sorted {
        (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0)
      }
      let newLines = sorted.compactMap { updates[$0] }.flatMap { fields in
        CatalogYAML.text(of: fields).split(separator: "\n").map(String.init)
      }
      edits.append((anchor..<anchor, newLines))
    }
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      lines.replaceSubrange(edit.range, with: edit.lines)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
