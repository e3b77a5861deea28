import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore

/// Builds a briefing from article blocks, one block at a time: title, lead, sections, sources;
/// labels in label positions become keys, everything else text units in the article's language.
///
/// Each block gives the briefing parts it completes at once (``add(_:)``), so an importer can
/// write them before reading on: what the assembler keeps is counters for text unit IDs, what the
/// last block was, and the lines at the end that may be the closing sources (a `Sources:` line,
/// or a `Sources` line and the list after it), which only the end of the article decides.
///
/// Text unit IDs follow the structure (`lead.p1`, `s2.heading`, `s3.list1.item2`,
/// `s3.table1.r1c2`), so that importing the same article twice gives the same briefing.
struct BriefingAssembler {
  let resolver: LabelResolver
  /// Every key the catalogs define, so that an invented key never shadows one.
  let existingKeys: Set<String>
  /// The briefing's ID.
  let id: String
  var mappedLabels: [MappedLabel] = []
  var newLabels: [NewLabel] = []
  var notices: [ImportNotice] = []
  /// The texts imported as prose in the article's language since the caller last emptied this,
  /// with where each starts: what the language check reads.
  var prose: [ArticleText] = []
  /// How many sections and text units the parts given so far hold.
  private(set) var sectionCount = 0
  private(set) var textUnitCount = 0

  private var started = false
  /// The lead, then the open section.
  private var container = Container(prefix: "lead")
  /// Blocks at the end of the article so far that may be its sources.
  private var held: [ArticleBlock] = []
  /// Whether `held` is a `Sources` line that a list of sources may follow.
  private var heldMayTakeList = false

  /// The catalog key of the closing sources line.
  static let sourcesKey = "label.sources"

  init(resolver: LabelResolver, existingKeys: Set<String>, id: String) {
    self.resolver = resolver
    self.existingKeys = existingKeys
    self.id = id
  }

  var language: Language { resolver.language }

  /// Takes the article's next block.
  /// - Returns: The briefing parts this block completes, in order (the head first).
  mutating func add(_ block: ArticleBlock) -> [BriefingPart] {
    var parts: [BriefingPart] = []
    if !started {
      started = true
      // A level-1 heading that opens the article is its title (Markdown `# …`, or a plain-text
      // first line that reads as a heading); an article without one has none.
      if case .heading(level: 1, let text) = block {
        parts.append(head(title: runs(text, role: .heading, id: "title")))
        return parts
      }
      parts.append(head(title: nil))
    }
    switch block {
    case .paragraph(let text):
      // Looked up once: whether it may be the sources, and then its runs.
      let labels = Labels(whole: resolver.wholeLabel(text), prefix: resolver.prefixLabel(text))
      release(into: &parts)
      if labels.prefix?.match.key == Self.sourcesKey || labels.whole?.key == Self.sourcesKey {
        held = [block]
        heldMayTakeList = labels.whole?.key == Self.sourcesKey
      } else {
        place(block, labels: labels, into: &parts)
      }
    case .listItem where heldMayTakeList:
      held.append(block)
    default:
      release(into: &parts)
      place(block, into: &parts)
    }
    return parts
  }

  /// Ends the article.
  /// - Returns: The last parts: the blocks held back and the sources.
  mutating func finish() -> [BriefingPart] {
    guard started else { return [] }
    var parts: [BriefingPart] = []
    let labelsBefore = mappedLabels.count
    var blocks = held[...]
    let sources = takeSources(&blocks)
    // The sources line's label comes first, as when the whole article was read before assembling.
    if mappedLabels.count > labelsBefore {
      mappedLabels.insert(mappedLabels.removeLast(), at: 0)
    }
    held = Array(blocks)
    release(into: &parts)
    parts.append(.sources(sources))
    return parts
  }

  /// The labels a text spells, as a whole and as a `Label:` prefix.
  struct Labels {
    let whole: LabelMatch?
    let prefix: (match: LabelMatch, prefix: Substring, rest: Int)?
  }

  private mutating func release(into parts: inout [BriefingPart]) {
    let blocks = held
    held = []
    heldMayTakeList = false
    for block in blocks { place(block, into: &parts) }
  }

  private func head(title: [Inline]?) -> BriefingPart {
    let metadata = BriefingMetadata(id: id, sourceLanguage: language, languages: [language])
    return .head(Briefing(metadata: metadata, content: BriefingContent(title: title)))
  }

  private mutating func place(
    _ block: ArticleBlock, labels: Labels? = nil, into parts: inout [BriefingPart]
  ) {
    if case .heading(_, let text) = block {
      sectionCount += 1
      let prefix = "s\(sectionCount)"
      parts.append(.section(heading: runs(text, role: .heading, id: "\(prefix).heading")))
      container = Container(prefix: prefix)
    } else {
      parts.append(add(block, labels: labels))
    }
  }

  // MARK: Blocks

  /// The lead or one section: counters for text unit IDs and the list or table that the next
  /// item or row joins.
  struct Container {
    let prefix: String
    var paragraphs = 0
    var lists = 0
    var tables = 0
    /// Items of the list the last block was part of, if it was a list item.
    var openList: Int?
    /// Columns and rows of the table the last block was part of, if it was a header or body row.
    var openTable: (columns: Int, rows: Int)?
  }

  /// The part a block (not a heading) makes in the open container.
  private mutating func add(_ block: ArticleBlock, labels: Labels?) -> BriefingPart {
    let openList = container.openList
    let openTable = container.openTable
    container.openList = nil
    container.openTable = nil
    switch block {
    case .heading(_, let text), .paragraph(let text):  // Headings open sections in `place`.
      container.paragraphs += 1
      return .block(
        .paragraph(
          runs(
            text, role: .line, id: "\(container.prefix).p\(container.paragraphs)", labels: labels)))
    case .listItem(let text):
      let item = (openList ?? 0) + 1
      if item == 1 { container.lists += 1 }
      container.openList = item
      let runs = runs(
        text, role: .line, id: "\(container.prefix).list\(container.lists).item\(item)")
      return item == 1 ? .block(.bulletList([runs])) : .listItem(runs)
    case .tableRow(let isHeader, let cells, let location):
      if isHeader {
        container.tables += 1
        let columns = columns(cells, location: location)
        container.openTable = (columns.count, 0)
        return .block(.table(Table(columns: columns, rows: [])))
      } else if let table = openTable {
        let prefix = "\(container.prefix).table\(container.tables).r\(table.rows + 1)"
        container.openTable = (table.columns, table.rows + 1)
        return .tableRow(row(cells, width: table.columns, location: location, idPrefix: prefix))
      } else {
        notices.append(ImportNotice(.rowWithoutHeader, at: location))
        let text = ArticleText(
          text: cells.map { $0?.text ?? "" }.joined(separator: " | "), location: location,
          wholeIsLabelPosition: false, prefixIsLabelPosition: false)
        container.paragraphs += 1
        return .block(
          .paragraph(runs(text, role: .line, id: "\(container.prefix).p\(container.paragraphs)")))
      }
    }
  }

  private mutating func row(
    _ cells: [ArticleText?], width: Int, location: SourcePosition, idPrefix: String
  ) -> [[Inline]] {
    if cells.count > width {
      notices.append(ImportNotice(.extraCells(count: cells.count - width), at: location))
    }
    return (0..<width).map { column in
      let id = "\(idPrefix)c\(column + 1)"
      guard column < cells.count, let cell = cells[column] else { return [.text(unit(id, ""))] }
      return runs(cell, role: .tableCell, id: id)
    }
  }

  // MARK: Runs

  /// The runs of a heading, line or cell: a whole-text label, a `Label:` prefix and the text
  /// after it, or one text unit.
  mutating func runs(
    _ text: ArticleText, role: MappedLabel.Role, id: String, labels: Labels? = nil
  ) -> [Inline] {
    if let match = labels.map(\.whole) ?? resolver.wholeLabel(text) {
      mappedLabels.append(
        MappedLabel(text: text.text, match: match, location: text.location, role: role))
      var result: [Inline] = [.label(LabelKey(match.key))]
      // `Key points:` for a catalog's `Key Points`: keep the colon the article writes.
      if LabelResolver.endsWithColon(text.text), !LabelResolver.endsWithColon(match.spelling),
        let colon = text.text.last
      {
        result.append(.text(unit(id, String(colon))))
      }
      return result
    }
    if let (match, prefix, rest) = labels.map(\.prefix) ?? resolver.prefixLabel(text) {
      mappedLabels.append(
        MappedLabel(text: String(prefix), match: match, location: text.location, role: .prefix))
      let remainder = String(decoding: text.text.utf8.dropFirst(rest), as: UTF8.self)
      return [.label(LabelKey(match.key))] + (remainder.isEmpty ? [] : [.text(unit(id, remainder))])
    }
    prose.append(text)
    return [.text(unit(id, text.text))]
  }

  /// A text unit in the article's language; braces are doubled so prose never reads as a placeholder.
  mutating func unit(_ id: String, _ text: String) -> TextUnit {
    textUnitCount += 1
    let escaped = text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(
      of: "}", with: "}}")
    return TextUnit(id: id, variants: [language: escaped])
  }
}
