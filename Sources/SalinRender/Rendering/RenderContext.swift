import SalinCatalog
import SalinCore
import SalinICU

/// The state of one render: the locale, its fallback chain, the storage being filled, and what
/// was fallen back on or formatted so far. Blocks and runs live here; messages in
/// `RenderContext+Messages.swift`, values and names in `RenderContext+Values.swift`.
///
/// Spans are appended straight into `output` (flat arrays, see `RenderedStorage`), and every
/// span of a text unit shares one provenance record.
struct RenderContext {
  let briefing: Briefing
  let locale: Language
  /// The locale first, then the languages to fall back on; also `output.languages`, so a
  /// language's index in the chain is its index there and its fallback step.
  let chain: [Language]
  let messages: any MessageSource
  /// `messages` when it is the catalogs: asked directly, with catalog arguments.
  let catalogs: Catalogs?
  let recordsFormatCalls: Bool
  var fallbacks: [FallbackNotice] = []
  var formatCalls: [FormatCall] = []
  var output: RenderedStorage

  init(
    briefing: Briefing, locale: Language, messages: any MessageSource, catalogs: Catalogs?,
    recordsFormatCalls: Bool
  ) {
    self.briefing = briefing
    self.locale = locale
    let chain = briefing.metadata.fallbackChain(for: locale)
    self.chain = chain
    self.messages = messages
    self.catalogs = catalogs
    self.recordsFormatCalls = recordsFormatCalls
    // About a dozen spans a section in prose like the seed's.
    output = RenderedStorage(
      languages: chain, expectedSpans: 16 + 16 * briefing.content.sections.count)
  }

  mutating func block(_ block: Block) throws(RenderError) {
    switch block {
    case .paragraph(let runs):
      try append(runs)
      output.endSingleCellBlock(.paragraph)
    case .bulletList(let items):
      for item in items {
        try append(item)
        output.endCell()
        output.endRow()
      }
      output.endBlock(.bulletList)
    case .table(let table):
      for column in table.columns {
        try appendMessage(MessageReference(key: column), in: locale)
        output.endCell()
      }
      output.endRow()
      for row in table.rows {
        for cell in row {
          try append(cell)
          output.endCell()
        }
        output.endRow()
      }
      output.endBlock(.table)
    }
  }

  /// Appends the spans of runs to the current cell.
  mutating func append(_ runs: [Inline]) throws(RenderError) {
    for index in runs.indices {
      switch runs[index] {
      case .text(let unit): try appendText(unit)
      case .label(let key): try appendMessage(MessageReference(key: key), in: locale)
      case .message(let message): try appendMessage(message, in: locale)
      }
    }
  }

  /// The sources line: the `label.sources` label, then the names joined by ` & `, then a full stop.
  mutating func appendSourcesLine() throws(RenderError) {
    let label = try message(MessageReference(key: LabelKey("label.sources")), in: locale)
    output.append(label.text, provenance: label.provenance)
    let layout = output.addProvenance(.layout, locale: 0, fallbackStep: 0, location: nil)
    output.append(label.text.endsWithColon ? " " : ": ", provenance: layout)
    for (index, name) in briefing.content.sources.enumerated() {
      if index > 0 { output.append(" & ", provenance: layout) }
      output.append(
        name,
        provenance: output.addProvenance(
          .source(name: name), locale: 0, fallbackStep: 0, location: nil))
    }
    output.append(".", provenance: layout)
    output.endSingleCellBlock(.sources)
  }

  /// Appends a text unit in the first language of the chain that has it; placeholders are
  /// filled in that same language, so a fallback span is in one language throughout.
  mutating func appendText(_ unit: TextUnit) throws(RenderError) {
    guard let (used, segments) = pick(unit) else {
      throw .noVariant(.textUnit(id: unit.id), chain: chain, location: unit.location)
    }
    var provenance: Int32?
    for segment in segments {
      switch segment {
      case .literal(let literal):
        if provenance == nil {
          provenance = record(.textUnit(id: unit.id), used: used, location: unit.location)
        }
        output.append(literal, provenance: provenance!)
      case .placeholder(let name):
        guard let binding = unit.arguments[name] else {
          throw .unresolved("{\(name)} in text unit '\(unit.id)'", location: unit.location)
        }
        try appendPlaceholder(
          binding, placeholder: name, unitID: unit.id, unitLocation: unit.location,
          in: chain[used])
      }
    }
  }

  /// The index in the chain of the first language that has a variant of the unit, and the
  /// variant's segments; a variant other than the locale's is noted as a fallback.
  mutating func pick(_ unit: TextUnit) -> (Int, [TextUnit.Segment])? {
    for index in chain.indices {
      if let segments = unit.segments(in: chain[index]) {
        if index > 0 {
          noteFallback(.textUnit(id: unit.id), used: chain[index], location: unit.location)
        }
        return (index, segments)
      }
    }
    return nil
  }

  /// Adds a provenance record for text in the chain's language `used`.
  mutating func record(_ origin: Provenance.Origin, used: Int, location: SourceLocation?) -> Int32 {
    output.addProvenance(origin, locale: used, fallbackStep: used, location: location)
  }

  /// The index of a language in the chain (the chain holds every language a render uses).
  func chainIndex(_ language: Language) -> Int {
    if language == locale { return 0 }
    return chain.firstIndex(of: language) ?? 0
  }

  /// The first language, trying `language` and then the chain, that satisfies `test`.
  func firstLanguage(from language: Language, where test: (Language) -> Bool) -> Language? {
    if test(language) { return language }
    return chain.first { $0 != language && test($0) }
  }

  mutating func noteFallback(_ origin: Provenance.Origin, used: Language, location: SourceLocation?)
  {
    let notice = FallbackNotice(
      origin: origin, requestedLocale: locale, usedLocale: used, step: chainIndex(used),
      location: location)
    if !fallbacks.contains(notice) { fallbacks.append(notice) }
  }
}

extension String {
  /// Whether the text, without trailing spaces, ends with `:` or a full-width `：`. Read as
  /// UTF-8 bytes: both colons and the space are whole scalars that nothing combines with here,
  /// and a combining mark after one is its own last bytes, as it is its own grapheme's.
  fileprivate var endsWithColon: Bool {
    let bytes = utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
      end = bytes.index(before: end)
    }
    let trimmed = bytes[..<end]
    return trimmed.last == 0x3A || trimmed.suffix(3).elementsEqual([0xEF, 0xBC, 0x9A])
  }
}
