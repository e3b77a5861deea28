public import SalinCore

/// A piece of a briefing, in the order the YAML holds it: what ``BriefingStreamWriter`` writes.
///
/// A briefing can then be written while it is still being made: `salin import` hands over each
/// block, list item and table row as soon as it is assembled, so neither the whole briefing nor
/// its text is ever in memory at once (a 20 MB article took 1.15 GB when it was).
///
/// The order is: `head`, then the lead's blocks, then each `section` followed by its blocks,
/// then `sources`. `listItem` and `tableRow` extend the list or table written just before them.
public enum BriefingPart: Hashable, Sendable {
  /// Everything before the lead: metadata, entities, facts and the title. The lead, sections
  /// and sources of this briefing are not written: they follow as parts of their own.
  case head(Briefing)
  /// Opens a section: the blocks after it are the section's.
  case section(heading: [Inline])
  /// A block of the lead (before any section) or of the section opened last.
  case block(Block)
  /// One more item of the bullet list written last.
  case listItem([Inline])
  /// One more row of the table written last.
  case tableRow([[Inline]])
  /// The closing sources.
  case sources([String])
}

extension Briefing {
  /// Calls `body` with the briefing's parts, in writing order, each block whole.
  /// - Parameter body: What to do with each part.
  /// - Throws: What `body` throws.
  public func forEachPart<Failure: Error>(_ body: (BriefingPart) throws(Failure) -> Void)
    throws(Failure)
  {
    try body(.head(self))
    for block in content.lead { try body(.block(block)) }
    for section in content.sections {
      try body(.section(heading: section.heading))
      for block in section.blocks { try body(.block(block)) }
    }
    try body(.sources(content.sources))
  }

  /// Adds a part to the briefing: the inverse of ``forEachPart(_:)``, for a briefing collected
  /// from parts (an import kept in memory).
  ///
  /// `head` replaces everything before the lead and keeps the content made so far; a
  /// `listItem` or `tableRow` with no list or table before it is dropped (the writer refuses it).
  /// - Parameter part: The part.
  public mutating func append(_ part: BriefingPart) {
    switch part {
    case .head(let head):
      let content = self.content
      self = head
      self.content.title = head.content.title
      self.content.lead = content.lead
      self.content.sections = content.sections
      self.content.sources = content.sources
    case .section(let heading):
      content.sections.append(Section(heading: heading, blocks: []))
    case .block(let block):
      if content.sections.isEmpty {
        content.lead.append(block)
      } else {
        content.sections[content.sections.count - 1].blocks.append(block)
      }
    case .listItem(let item):
      updateLastBlock { block in
        guard case .bulletList(var items) = block else { return }
        block = .paragraph([])  // So that `items` is the only reference and grows in place.
        items.append(item)
        block = .bulletList(items)
      }
    case .tableRow(let row):
      updateLastBlock { block in
        guard case .table(var table) = block else { return }
        block = .paragraph([])  // So that `table.rows` is the only reference and grows in place.
        table.rows.append(row)
        block = .table(table)
      }
    case .sources(let sources):
      content.sources = sources
    }
  }

  private mutating func updateLastBlock(_ update: (inout Block) -> Void) {
    if let last = content.sections.indices.last {
      guard let index = content.sections[last].blocks.indices.last else { return }
      update(&content.sections[last].blocks[index])
    } else if let index = content.lead.indices.last {
      update(&content.lead[index])
    }
  }
}
