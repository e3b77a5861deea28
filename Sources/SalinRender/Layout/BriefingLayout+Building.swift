import SalinCore

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

    // The walk below reads the value model by index and takes each element `borrowing`: a
    // `for x in array` loop or a `let` binding copies an element out, retaining every
    // reference-counted field of it (a text unit has six), only to release them again. Each
    // table entry still retains the strings it keeps; nothing else is copied.

    mutating func addContent() {
      let content = briefing.content
      if let title = content.title {
        add(title)
        steps.append(.endSingleCellBlock(.title))
      }
      let lead = content.lead
      for index in lead.indices { add(lead[index]) }
      let sections = content.sections
      for index in sections.indices {
        add(sections[index].heading)
        steps.append(.endSingleCellBlock(.heading))
        let blocks = sections[index].blocks
        for index in blocks.indices { add(blocks[index]) }
      }
      let sources = content.sources
      if !sources.isEmpty {
        // The line's message takes the names as a list (`sources.line`); its arguments are
        // bound when the line is rendered, since a source may name an entity.
        sourcesLabel = message(key: "sources.line", place: place(nil), arguments: [:])
        // A source that names an organisation entity is laid out with it (its names per locale).
        for index in sources.indices { _ = entity(sources[index]) }
        let first = Int32(strings.count)
        for index in sources.indices { _ = string(sources[index]) }
        self.sources = first..<Int32(strings.count)
        steps.append(.sourcesLine)
      }
    }

    private mutating func add(_ block: borrowing Block) {
      switch block {
      case .paragraph(let runs):
        add(runs)
        steps.append(.endSingleCellBlock(.paragraph))
      case .bulletList(let items):
        for index in items.indices {
          add(items[index])
          steps.append(.endCell)
          steps.append(.endRow)
        }
        steps.append(.endBlock(.bulletList))
      case .table(let table):
        let columns = table.columns
        for index in columns.indices {
          steps.append(.message(message(label: columns[index])))
          steps.append(.endCell)
        }
        steps.append(.endRow)
        let rows = table.rows
        for row in rows.indices {
          let cells = rows[row]
          for cell in cells.indices {
            add(cells[cell])
            steps.append(.endCell)
          }
          steps.append(.endRow)
        }
        steps.append(.endBlock(.table))
      }
    }

    private mutating func add(_ runs: borrowing [Inline]) {
      for index in runs.indices {
        switch runs[index] {
        case .text(let unit): steps.append(.text(add(unit)))
        case .label(let key): steps.append(.message(message(label: key)))
        case .message(let reference): steps.append(.message(message(reference)))
        }
      }
    }

    private mutating func add(_ unit: borrowing TextUnit) -> Int32 {
      let id = string(unit.id)
      let place = place(unit.location)
      // Each placeholder name's binding, laid out once however often the variants use it.
      var bound: [(name: String, text: Int32, binding: Int32)] = []
      let first = Int32(variants.count)
      for (language, parts) in unit.segmentsByLanguage {
        let start = Int32(segments.count)
        // Through a buffer: `parts[index]` copied each segment out (a retain and a release
        // of its text) before the text was stored.
        parts.withUnsafeBufferPointer { parts in
          for index in parts.indices {
            switch parts[index] {
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
        }
        variants.append(
          Variant(
            language: languageIndex(language), segments: start..<Int32(segments.count),
            isStale: !unit.madeFrom.isEmpty
              && unit.isStale(language, source: briefing.metadata.sourceLanguage)))
      }
      units.append(Unit(id: id, place: place, variants: first..<Int32(variants.count)))
      return Int32(units.count - 1)
    }

    /// Lays out a label: a message without arguments.
    private mutating func message(label: borrowing LabelKey) -> Int32 {
      message(key: label.key, place: place(label.location), arguments: [:])
    }

    /// Lays out a message and its arguments' bindings; returns its index in `messages`.
    private mutating func message(_ reference: borrowing MessageReference) -> Int32 {
      message(
        key: reference.key.key, place: place(reference.key.location),
        arguments: reference.arguments)
    }

    private mutating func message(
      key: String, place: Place, arguments named: [String: ArgumentBinding]
    ) -> Int32 {
      let start = Int32(arguments.count)
      switch named.count {
      case 0: break
      case 1:
        // Most messages have one argument or none: nothing to sort.
        for (name, binding) in named {
          let laid = Argument(name: string(name), binding: self.binding(binding))
          arguments.append(laid)
        }
      default:
        // Sorted by name, so that every render resolves them (and notes any fallback) in one
        // order. Laid out apart first: a nested message's arguments are laid out while these are.
        var laid: [Argument] = []
        laid.reserveCapacity(named.count)
        for (name, binding) in named.sorted(by: { $0.key < $1.key }) {
          laid.append(Argument(name: string(name), binding: self.binding(binding)))
        }
        arguments.append(contentsOf: laid)
      }
      messages.append(
        Message(key: string(key), place: place, arguments: start..<Int32(arguments.count)))
      return Int32(messages.count - 1)
    }

    private mutating func binding(_ binding: borrowing ArgumentBinding) -> Int32 {
      let laid: Binding
      switch binding {
      case .fact(let path): laid = .fact(fact(path))
      case .entity(let reference): laid = .entity(self.reference(reference))
      case .entities(let list):
        // Laying a reference out adds only that reference: the list's are consecutive.
        let start = Int32(references.count)
        for index in list.indices { _ = self.reference(list[index]) }
        laid = .entities(start..<Int32(references.count))
      case .message(let reference): laid = .message(message(reference))
      case .number(let number): laid = .number(number)
      }
      bindings.append(laid)
      return Int32(bindings.count - 1)
    }

    private mutating func reference(_ reference: borrowing EntityReference) -> Int32 {
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
          .person(names: names(personNames), role: role.map { message(label: $0) } ?? -1)
        case .organisation(let organisationNames, let acronyms):
          .organisation(names: names(organisationNames), acronyms: names(acronyms))
        }
      entities.append(EntityEntry(id: string(entity.id), kind: kind))
      let index = Int32(entities.count - 1)
      entityIndex[id] = index
      return index
    }

    /// Resolves a fact path against the briefing's facts, as `ArgumentBinding.fact` documents.
    private mutating func fact(_ path: borrowing FactPath) -> Int32 {
      let parts = path.components
      var value = Fact.Value.unresolved
      // Each fact is read where it is stored (`briefing.facts.meeting?.session`): copying the
      // meeting or a declaration out first would retain every field of it.
      switch (parts.first, parts.count) {
      case ("meeting", 2):
        switch parts[1] {
        case "session":
          if let session = briefing.facts.meeting?.session { value = .number(Double(session)) }
        case "series":
          if let series = briefing.facts.meeting?.series { value = .entity(reference(series)) }
        case "date": if let date = briefing.facts.meeting?.date { value = .date(date) }
        case "place":
          switch briefing.facts.meeting?.place {
          case .entity(let reference)?: value = .entity(self.reference(reference))
          case .text(let unit)?: value = .text(nameSet(unit))
          case nil: break
          }
        default: break
        }
      case ("declarations", 3):
        if parts[2] == "date", let date = briefing.facts.declarations[parts[1]]?.date {
          value = .date(date)
        }
        if parts[2] == "name", let name = briefing.facts.declarations[parts[1]]?.name {
          value = .text(nameSet(name))
        }
      case ("next-meeting", 2):
        if parts[1] == "year", let next = briefing.facts.nextMeeting {
          value = .number(Double(next.year))
        }
      default: break
      }
      facts.append(Fact(value: value, path: string(path.path), place: place(path.location)))
      return Int32(facts.count - 1)
    }

    private mutating func nameSet(_ unit: borrowing TextUnit) -> Int32 {
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

    private mutating func languageIndex(_ language: borrowing Language) -> Int32 {
      // A briefing has a handful of languages: scanning their tags (short strings, equal ones
      // compare in a step) is cheaper than hashing one, or than guessing from the last found —
      // each dictionary iterates its languages in its own order, so guesses mostly missed.
      for index in languages.indices where languages[index].tag == language.tag {
        return Int32(index)
      }
      languages.append(copy language)
      return Int32(languages.count - 1)
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
