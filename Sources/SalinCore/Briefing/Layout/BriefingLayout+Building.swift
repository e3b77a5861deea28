extension BriefingLayout {
  /// Fills a layout's tables from a briefing, in render order: the title, the lead, each
  /// section's heading and blocks, then the sources line.
  struct Builder {
    let briefing: Briefing
    var steps: [Step] = []
    var units: [Unit] = []
    var variants: [Variant] = []
    var segments: [Segment] = []
    var bindings: [Binding] = []
    var messages: [Message] = []
    var arguments: [Argument] = []
    var references: [Reference] = []
    var entities: [EntityEntry] = []
    var facts: [Fact] = []
    var names: [Name] = []
    var nameSets: [NameSet] = []
    var strings: [String] = []
    var languages: [Language] = []
    var files: [String] = []
    var sourcesLabel: Int32 = -1
    var sources: Range<Int32> = 0..<0
    /// Each entity already added, by ID: an entity referred to many times is laid out once.
    private var entityIndex: [String: Int32] = [:]
    /// The index of the language `languageIndex` found last.
    private var lastLanguage = 0

    init(_ briefing: Briefing) {
      self.briefing = briefing
      // Room for a briefing written like the seed (a unit or two a block, two or three
      // languages, a placeholder or two a unit), so the tables rarely grow: each growth copies.
      let content = briefing.content
      var blocks = content.lead.count + 2
      for section in content.sections { blocks += section.blocks.count + 1 }
      let languageCount = max(1, briefing.metadata.languages.count)
      steps.reserveCapacity(4 * blocks)
      units.reserveCapacity(2 * blocks)
      variants.reserveCapacity(2 * blocks * languageCount)
      segments.reserveCapacity(4 * blocks * languageCount)
      bindings.reserveCapacity(2 * blocks)
      messages.reserveCapacity(2 * blocks)
      arguments.reserveCapacity(2 * blocks)
      references.reserveCapacity(2 * blocks)
      facts.reserveCapacity(blocks)
      strings.reserveCapacity(6 * blocks * languageCount)
      entities.reserveCapacity(briefing.entities.count)
      entityIndex.reserveCapacity(briefing.entities.count)
      names.reserveCapacity(3 * languageCount * briefing.entities.count)
    }

    mutating func addContent() {
      let content = briefing.content
      if let title = content.title {
        add(title)
        steps.append(.endSingleCellBlock(.title))
      }
      for block in content.lead { add(block) }
      for section in content.sections {
        add(section.heading)
        steps.append(.endSingleCellBlock(.heading))
        for block in section.blocks { add(block) }
      }
      if !content.sources.isEmpty {
        sourcesLabel = message(MessageReference(key: LabelKey("label.sources")))
        let first = Int32(strings.count)
        for source in content.sources { _ = string(source) }
        sources = first..<Int32(strings.count)
        steps.append(.sourcesLine)
      }
    }

    private mutating func add(_ block: Block) {
      switch block {
      case .paragraph(let runs):
        add(runs)
        steps.append(.endSingleCellBlock(.paragraph))
      case .bulletList(let items):
        for item in items {
          add(item)
          steps.append(.endCell)
          steps.append(.endRow)
        }
        steps.append(.endBlock(.bulletList))
      case .table(let table):
        for column in table.columns {
          steps.append(.message(message(MessageReference(key: column))))
          steps.append(.endCell)
        }
        steps.append(.endRow)
        for row in table.rows {
          for cell in row {
            add(cell)
            steps.append(.endCell)
          }
          steps.append(.endRow)
        }
        steps.append(.endBlock(.table))
      }
    }

    private mutating func add(_ runs: [Inline]) {
      for run in runs {
        switch run {
        case .text(let unit): steps.append(.text(add(unit)))
        case .label(let key): steps.append(.message(message(MessageReference(key: key))))
        case .message(let reference): steps.append(.message(message(reference)))
        }
      }
    }

    private mutating func add(_ unit: TextUnit) -> Int32 {
      let id = string(unit.id)
      let place = place(unit.location)
      // Each placeholder name's binding, laid out once however often the variants use it.
      var bound: [(name: String, text: Int32, binding: Int32)] = []
      let first = Int32(variants.count)
      for (language, parts) in unit.segmentsByLanguage {
        let start = Int32(segments.count)
        for part in parts {
          switch part {
          case .literal(let text): segments.append(.literal(string(text)))
          case .placeholder(let name):
            if let known = bound.first(where: { $0.name == name }) {
              segments.append(.placeholder(name: known.text, binding: known.binding))
            } else if let binding = unit.arguments[name] {
              let index = self.binding(binding)
              let text = string(name)
              if bound.isEmpty { bound.reserveCapacity(unit.arguments.count) }
              bound.append((name, text, index))
              segments.append(.placeholder(name: text, binding: index))
            } else {
              segments.append(.unbound(name: string(name)))
            }
          }
        }
        variants.append(
          Variant(language: languageIndex(language), segments: start..<Int32(segments.count)))
      }
      units.append(Unit(id: id, place: place, variants: first..<Int32(variants.count)))
      return Int32(units.count - 1)
    }

    /// Lays out a message and its arguments' bindings; returns its index in `messages`.
    private mutating func message(_ reference: MessageReference) -> Int32 {
      // Sorted by name, so that every render resolves them (and notes any fallback) in one order.
      // Laid out apart first: a nested message's arguments are laid out while these are.
      var laid: [Argument] = []
      if !reference.arguments.isEmpty {
        laid.reserveCapacity(reference.arguments.count)
        for (name, binding) in reference.arguments.sorted(by: { $0.key < $1.key }) {
          laid.append(Argument(name: string(name), binding: self.binding(binding)))
        }
      }
      let start = Int32(arguments.count)
      arguments += laid
      messages.append(
        Message(
          key: string(reference.key.key), place: place(reference.key.location),
          arguments: start..<Int32(arguments.count)))
      return Int32(messages.count - 1)
    }

    private mutating func binding(_ binding: ArgumentBinding) -> Int32 {
      let laid: Binding
      switch binding {
      case .fact(let path): laid = .fact(fact(path))
      case .entity(let reference): laid = .entity(self.reference(reference))
      case .entities(let list):
        // Laying a reference out adds only that reference: the list's are consecutive.
        let start = Int32(references.count)
        for reference in list { _ = self.reference(reference) }
        laid = .entities(start..<Int32(references.count))
      case .message(let reference): laid = .message(message(reference))
      case .number(let number): laid = .number(number)
      }
      bindings.append(laid)
      return Int32(bindings.count - 1)
    }

    private mutating func reference(_ reference: EntityReference) -> Int32 {
      let entity = entity(reference.id)
      references.append(
        Reference(
          entity: entity, id: string(reference.id), form: reference.form,
          place: place(reference.location)))
      return Int32(references.count - 1)
    }

    /// The entity of an ID in `entities`, added on first use; -1 when the briefing has none.
    private mutating func entity(_ id: String) -> Int32 {
      if let index = entityIndex[id] { return index }
      guard let entity = briefing.entities[id] else { return -1 }
      let kind: EntityEntry.Kind =
        switch entity.kind {
        case .country(let code): .country(code: string(code))
        case .person(let personNames, let role):
          .person(
            names: names(personNames),
            role: role.map { message(MessageReference(key: $0)) } ?? -1)
        case .organisation(let organisationNames, let acronyms):
          .organisation(names: names(organisationNames), acronyms: names(acronyms))
        }
      entities.append(EntityEntry(id: string(entity.id), kind: kind))
      let index = Int32(entities.count - 1)
      entityIndex[id] = index
      return index
    }

    /// Resolves a fact path against the briefing's facts, as `ArgumentBinding.fact` documents.
    private mutating func fact(_ path: FactPath) -> Int32 {
      let parts = path.components
      let facts = briefing.facts
      var value = Fact.Value.unresolved
      switch (parts.first, parts.count) {
      case ("meeting", 2):
        guard let meeting = facts.meeting else { break }
        switch parts[1] {
        case "session": value = .number(Double(meeting.session))
        case "series": value = .entity(reference(meeting.series))
        case "date": if let date = meeting.date { value = .date(date) }
        case "place":
          switch meeting.place {
          case .entity(let reference)?: value = .entity(self.reference(reference))
          case .text(let unit)?: value = .text(nameSet(unit))
          case nil: break
          }
        default: break
        }
      case ("declarations", 3):
        guard let declaration = facts.declarations[parts[1]] else { break }
        if parts[2] == "date" { value = .date(declaration.date) }
        if parts[2] == "name" { value = .text(nameSet(declaration.name)) }
      case ("next-meeting", 2):
        if parts[1] == "year", let next = facts.nextMeeting { value = .number(Double(next.year)) }
      default: break
      }
      self.facts.append(Fact(value: value, path: string(path.path), place: place(path.location)))
      return Int32(self.facts.count - 1)
    }

    private mutating func nameSet(_ unit: TextUnit) -> Int32 {
      nameSets.append(
        NameSet(id: string(unit.id), place: place(unit.location), names: names(unit.variants)))
      return Int32(nameSets.count - 1)
    }

    /// Adds names per language, in any order (a render picks by language); returns their range.
    private mutating func names(_ byLanguage: [Language: String]) -> Range<Int32> {
      let start = Int32(names.count)
      for (language, text) in byLanguage {
        names.append(Name(language: languageIndex(language), text: string(text)))
      }
      return start..<Int32(names.count)
    }

    private mutating func string(_ text: String) -> Int32 {
      strings.append(text)
      return Int32(strings.count - 1)
    }

    private mutating func languageIndex(_ language: Language) -> Int32 {
      // Units and names list their languages in the same order (dictionaries with the same keys
      // iterate alike): the one after the last found is the likely one. Equal tags compare in a
      // step; unequal ones cost a call each.
      let next = lastLanguage + 1 < languages.count ? lastLanguage + 1 : 0
      if next < languages.count, languages[next] == language {
        lastLanguage = next
        return Int32(next)
      }
      if let index = languages.firstIndex(of: language) {
        lastLanguage = index
        return Int32(index)
      }
      languages.append(language)
      lastLanguage = languages.count - 1
      return Int32(lastLanguage)
    }

    private mutating func place(_ location: SourceLocation?) -> Place {
      guard let location else {
        return Place(file: -1, position: SourcePosition(utf8Offset: 0, line: 0, column: 0))
      }
      // A briefing's locations are nearly all in one file: the last one is compared first.
      let file: Int
      if let last = files.indices.last, files[last] == location.file {
        file = last
      } else if let index = files.firstIndex(of: location.file) {
        file = index
      } else {
        files.append(location.file)
        file = files.count - 1
      }
      return Place(file: Int32(file), position: location.position)
    }
  }
}
