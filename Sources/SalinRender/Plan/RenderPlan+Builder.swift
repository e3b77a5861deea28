import SalinCore

extension RenderPlan {
  /// Fills a plan's arrays from the briefing's content, in render order.
  struct Builder {
    var steps: [Step] = []
    var units: [Unit] = []
    var messages: [MessageReference] = []
    var languages: [Language] = []
    var files: [String] = []

    mutating func add(_ block: Block) {
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
          addMessage(MessageReference(key: column))
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

    mutating func add(_ runs: [Inline]) {
      for run in runs {
        switch run {
        case .text(let unit): add(unit)
        case .label(let key): addMessage(MessageReference(key: key))
        case .message(let message): addMessage(message)
        }
      }
    }

    mutating func addMessage(_ reference: MessageReference) {
      steps.append(.message(Int32(messages.count)))
      messages.append(reference)
    }

    mutating func add(_ unit: TextUnit) {
      let variants = unit.segmentList
      var packed: UInt64? = variants.count <= 16 ? 0 : nil
      for (position, entry) in variants.enumerated() where packed != nil {
        let language = languageIndex(entry.language)
        if language < 15 {
          packed! |= UInt64(language) << (4 * UInt64(position))
        } else {
          packed = nil
        }
      }
      steps.append(.text(Int32(units.count)))
      units.append(
        Unit(
          origin: .textUnit(id: unit.id), id: unit.id, location: unit.location,
          file: unit.location.map { fileIndex($0.file) } ?? -1,
          position: unit.location?.position ?? RenderedStorage.noPosition,
          variants: variants, packedLanguages: packed, arguments: unit.arguments))
    }

    mutating func languageIndex(_ language: Language) -> Int32 {
      if let last = languages.last, last.tag == language.tag { return Int32(languages.count - 1) }
      if let index = languages.firstIndex(where: { $0.tag == language.tag }) { return Int32(index) }
      languages.append(language)
      return Int32(languages.count - 1)
    }

    mutating func fileIndex(_ file: String) -> Int32 {
      if let index = files.lastIndex(of: file) { return Int32(index) }
      files.append(file)
      return Int32(files.count - 1)
    }
  }
}
