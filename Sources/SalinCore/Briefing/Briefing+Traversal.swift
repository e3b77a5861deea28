// Walks of a briefing's content, for validation, scanning and statistics.

extension Briefing {
  /// Every run of the briefing, in reading order: title, lead, then each section's heading and body.
  public var allInlines: [Inline] {
    var runs = content.title ?? []
    runs += content.lead.flatMap(\.inlines)
    for section in content.sections {
      runs += section.heading + section.blocks.flatMap(\.inlines)
    }
    return runs
  }

  /// Every catalog key the briefing uses, with where it is written: labels, table headers,
  /// message keys (nested ones included) and people's role keys.
  public var catalogKeys: [LabelKey] {
    var keys: [LabelKey] = []
    func visit(_ binding: ArgumentBinding) {
      if case .message(let message) = binding { visit(message) }
    }
    func visit(_ message: MessageReference) {
      keys.append(message.key)
      for (_, binding) in message.arguments.sorted(by: { $0.key < $1.key }) { visit(binding) }
    }
    for run in allInlines {
      switch run {
      case .label(let key): keys.append(key)
      case .message(let message): visit(message)
      case .text(let unit):
        for (_, binding) in unit.arguments.sorted(by: { $0.key < $1.key }) { visit(binding) }
      }
    }
    for section in content.sections {
      for case .table(let table) in section.blocks { keys += table.columns }
    }
    for case .table(let table) in content.lead { keys += table.columns }
    for entity in entities.values.sorted(by: { $0.id < $1.id }) {
      if case .person(_, let role?) = entity.kind { keys.append(role) }
    }
    return keys
  }

  /// Every text unit in the content, in reading order.
  public var textUnits: [TextUnit] {
    allInlines.compactMap { if case .text(let unit) = $0 { unit } else { nil } }
  }

  /// Every text unit a translator translates: the content's in reading order, then the meeting's
  /// place (when it is a text unit) and each declaration's name, by declaration ID.
  ///
  /// Extraction, merging, staleness and the linter all walk this one list.
  public var translatableUnits: [TextUnit] {
    var units = textUnits
    if case .text(let place)? = facts.meeting?.place { units.append(place) }
    for id in facts.declarations.keys.sorted() {
      if let name = facts.declarations[id]?.name { units.append(name) }
    }
    return units
  }

  /// Proper names and acronyms the briefing declares: every entity spelling, every source and every
  /// organisation acronym.
  ///
  /// Scanners allow these in any locale.
  public var properNames: [String] {
    var names = Set(entities.values.flatMap(\.spellings))
    names.formUnion(content.sources)
    for declaration in facts.declarations.values {
      names.formUnion(declaration.name.variants.values)
    }
    return names.sorted()
  }
}

extension Block {
  /// The block's runs, in reading order (table cells row by row; headers are keys, not runs).
  public var inlines: [Inline] {
    switch self {
    case .paragraph(let runs): runs
    case .bulletList(let items): items.flatMap { $0 }
    case .table(let table): table.rows.flatMap { $0.flatMap { $0 } }
    }
  }
}
