import Foundation
import SalinCatalog
import SalinCore

/// Builds a briefing from article blocks: title, lead, sections, sources; labels in label
/// positions become keys, everything else text units in the article's language.
///
/// Text unit IDs follow the structure (`lead.p1`, `s2.heading`, `s3.list1.item2`,
/// `s3.table1.r1c2`), so that importing the same article twice gives the same briefing.
struct BriefingAssembler {
  let resolver: LabelResolver
  /// Every key the catalogs define, so that an invented key never shadows one.
  let existingKeys: Set<String>
  var mappedLabels: [MappedLabel] = []
  var newLabels: [NewLabel] = []
  var notices: [ImportNotice] = []
  /// Every text imported as prose in the article's language, with where it starts: what the
  /// language check reads.
  var prose: [ArticleText] = []

  /// The catalog key of the closing sources line.
  static let sourcesKey = "label.sources"

  init(resolver: LabelResolver, existingKeys: Set<String>) {
    self.resolver = resolver
    self.existingKeys = existingKeys
  }

  var language: Language { resolver.language }

  mutating func assemble(_ articleBlocks: [ArticleBlock], id: String) -> Briefing {
    var blocks = articleBlocks[...]
    var content = BriefingContent()
    // A level-1 heading that opens the article is its title (Markdown `# …`, or a plain-text
    // first line that reads as a heading); an article without one has none.
    if case .heading(level: 1, let text)? = blocks.first {
      content.title = runs(text, role: .heading, id: "title")
      blocks = blocks.dropFirst()
    }
    let sources = takeSources(&blocks)
    var lead = Container(prefix: "lead")
    var sections: [(heading: [Inline], container: Container)] = []
    for block in blocks {
      if case .heading(_, let text) = block {
        let prefix = "s\(sections.count + 1)"
        sections.append(
          (runs(text, role: .heading, id: "\(prefix).heading"), Container(prefix: prefix)))
      } else if sections.isEmpty {
        add(block, to: &lead)
      } else {
        add(block, to: &sections[sections.count - 1].container)
      }
    }
    content.lead = lead.blocks
    content.sections = sections.map { Section(heading: $0.heading, blocks: $0.container.blocks) }
    content.sources = sources
    let metadata = BriefingMetadata(id: id, sourceLanguage: language, languages: [language])
    return Briefing(metadata: metadata, content: content)
  }

  // MARK: Blocks

  /// The blocks of the lead or of one section, with counters for text unit IDs.
  struct Container {
    let prefix: String
    var blocks: [Block] = []
    var paragraphs = 0
    var lists = 0
    var tables = 0
    /// What the previous article block was, so that list items and rows join their block.
    var lastWasListItem = false
    var lastWasTableRow = false
  }

  private mutating func add(_ block: ArticleBlock, to container: inout Container) {
    defer {
      if case .listItem = block {
        container.lastWasListItem = true
      } else {
        container.lastWasListItem = false
      }
      if case .tableRow = block {
        container.lastWasTableRow = true
      } else {
        container.lastWasTableRow = false
      }
    }
    switch block {
    case .heading:
      return  // Headings open sections: handled by the caller.
    case .paragraph(let text):
      container.paragraphs += 1
      container.blocks.append(
        .paragraph(runs(text, role: .line, id: "\(container.prefix).p\(container.paragraphs)")))
    case .listItem(let text):
      if container.lastWasListItem, case .bulletList(var items)? = container.blocks.last {
        items.append(
          runs(
            text, role: .line,
            id: "\(container.prefix).list\(container.lists).item\(items.count + 1)"))
        container.blocks[container.blocks.count - 1] = .bulletList(items)
      } else {
        container.lists += 1
        container.blocks.append(
          .bulletList([
            runs(text, role: .line, id: "\(container.prefix).list\(container.lists).item1")
          ]))
      }
    case .tableRow(let isHeader, let cells, let location):
      if isHeader {
        container.tables += 1
        container.blocks.append(
          .table(Table(columns: columns(cells, location: location), rows: [])))
      } else if container.lastWasTableRow, case .table(var table)? = container.blocks.last {
        let prefix = "\(container.prefix).table\(container.tables).r\(table.rows.count + 1)"
        table.rows.append(
          row(cells, width: table.columns.count, location: location, idPrefix: prefix))
        container.blocks[container.blocks.count - 1] = .table(table)
      } else {
        notices.append(ImportNotice(.rowWithoutHeader, at: location))
        let text = ArticleText(
          text: cells.map { $0?.text ?? "" }.joined(separator: " | "), location: location,
          wholeIsLabelPosition: false, prefixIsLabelPosition: false)
        container.paragraphs += 1
        container.blocks.append(
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
  mutating func runs(_ text: ArticleText, role: MappedLabel.Role, id: String) -> [Inline] {
    if let match = resolver.wholeLabel(text) {
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
    if let (match, prefix, rest) = resolver.prefixLabel(text) {
      mappedLabels.append(
        MappedLabel(text: String(prefix), match: match, location: text.location, role: .prefix))
      let remainder = String(decoding: text.text.utf8.dropFirst(rest), as: UTF8.self)
      return [.label(LabelKey(match.key))] + (remainder.isEmpty ? [] : [.text(unit(id, remainder))])
    }
    prose.append(text)
    return [.text(unit(id, text.text))]
  }

  /// A text unit in the article's language; braces are doubled so prose never reads as a placeholder.
  func unit(_ id: String, _ text: String) -> TextUnit {
    let escaped = text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(
      of: "}", with: "}}")
    return TextUnit(id: id, variants: [language: escaped])
  }
}
