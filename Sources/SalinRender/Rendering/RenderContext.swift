import SalinCatalog
import SalinCore
import SalinICU

/// The state of one render: the locale, its fallback chain, the storage being filled, and what was
/// fallen back on or formatted so far.
///
/// Steps and text units live here; messages in `RenderContext+Messages.swift`, values and names in
/// `RenderContext+Values.swift`.
///
/// A render walks the briefing's `BriefingLayout` by index and appends spans straight into
/// `output` (flat arrays, see `RenderedStorage`); every span of a text unit shares one
/// provenance record. Languages are passed as their index in `chain`, which is also their
/// index in `output.languages` and their fallback step.
struct RenderContext {
  let layout: BriefingLayout
  let locale: Language
  /// The locale first, then the languages to fall back on.
  let chain: [Language]
  /// For each of the layout's languages, its index in `chain`, or -1 when it is not in it:
  /// choosing a variant or a name compares small numbers, not tags.
  let languageSteps: [Int]
  let messages: Catalogs
  let recordsFormatCalls: Bool
  var fallbacks: [FallbackNotice] = []
  /// The notices in `fallbacks`, to keep each once without searching the list (a search per
  /// fallback made a render of a briefing that falls back throughout quadratic in its length).
  var noted: Set<FallbackNotice> = []
  var formatCalls: [FormatCall] = []
  var output: RenderedStorage

  init(
    layout: BriefingLayout, locale: Language, messages: Catalogs,
    recordsFormatCalls: Bool
  ) {
    self.layout = layout
    self.locale = locale
    let chain = layout.chain(for: locale)
    self.chain = chain.languages
    languageSteps = chain.steps
    self.messages = messages
    self.recordsFormatCalls = recordsFormatCalls
    // A span per step and per segment of one variant of each unit, about.
    output = RenderedStorage(
      languages: chain.languages,
      expectedSpans: layout.steps.count + layout.segments.count / max(1, layout.languages.count))
    // Records name their files and origins' texts by index in the layout's lists.
    output.files = layout.files
    output.texts = layout.strings
  }

  /// Runs the layout's steps: spans appended into `output` in reading order.
  mutating func run() throws(RenderError) {
    for step in layout.steps {
      switch step {
      case .text(let unit): try appendText(Int(unit))
      case .message(let message): try appendMessage(Int(message), in: 0)
      case .endCell: output.endCell()
      case .endRow: output.endRow()
      case .endSingleCellBlock(let kind): output.endSingleCellBlock(kind)
      case .endBlock(let kind): output.endBlock(kind)
      case .sourcesLine: try appendSourcesLine()
      }
    }
  }

  /// Appends a text unit in the first language of the chain that has it; placeholders are
  /// filled in that same language, so a fallback span is in one language throughout.
  mutating func appendText(_ index: Int) throws(RenderError) {
    let unit = layout.units[index]
    var best = -1
    var used = Int.max
    for variant in unit.variants {
      let step = languageSteps[Int(layout.variants[Int(variant)].language)]
      if step >= 0 && step < used {
        best = Int(variant)
        used = step
      }
    }
    guard best >= 0 else {
      throw .noVariant(
        origin(.textUnit(unit.id)), chain: chain, location: layout.location(unit.place))
    }
    if used > 0 { noteFallback(origin(.textUnit(unit.id)), used: used, place: unit.place) }
    // A stale translation is reported like a fallback and recorded with step -1: in the locale
    // asked for, but made from a source text that has changed since.
    let stale = layout.variants[best].isStale
    if stale {
      noteFallback(origin(.textUnit(unit.id)), used: used, place: unit.place, stale: true)
    }
    var provenance: Int32 = -1
    for segment in layout.variants[best].segments {
      switch layout.segments[Int(segment)] {
      case .literal(let text):
        if provenance < 0 {
          provenance =
            stale
            ? output.addProvenance(
              .textUnit, text: unit.id, locale: used, fallbackStep: -1, file: unit.place.file,
              position: unit.place.position)
            : record(.textUnit, unit.id, used: used, place: unit.place)
        }
        output.append(layout.strings[Int(text)], provenance: provenance)
      case .placeholder(let name, let binding):
        try appendPlaceholder(Int(binding), name: name, unit: unit, in: used)
      case .unbound(let name):
        throw .unresolved(
          "{\(layout.strings[Int(name)])} in text unit '\(layout.strings[Int(unit.id)])'",
          location: layout.location(unit.place))
      }
    }
  }

  /// The sources line: the `sources.line` message with the sources' names in the locale (an
  /// organisation entity's ID names that organisation: US Department of State, 미국 국무부), joined
  /// by the locale's list pattern, then a full stop.
  mutating func appendSourcesLine() throws(RenderError) {
    var names: [String] = []
    for index in layout.sources { names.append(try sourceName(index, in: 0)) }
    let message = layout.messages[Int(layout.sourcesLabel)]
    let (text, used) = try sourcesLine(message, names: names, in: 0)
    output.append(text, provenance: record(.catalog, message.key, used: used, place: message.place))
    let layoutSpans = output.addProvenance(.layout, text: -1, locale: 0, fallbackStep: 0)
    output.append(".", provenance: layoutSpans)
    output.endSingleCellBlock(.sources)
  }

  /// A source's name: the organisation entity of that ID in the language, or the name as written.
  private mutating func sourceName(_ index: Int32, in language: Int) throws(RenderError) -> String {
    let written = layout.strings[Int(index)]
    for entity in layout.entities where layout.strings[Int(entity.id)] == written {
      guard case .organisation(let names, _) = entity.kind else { break }
      return try name(
        names, owner: .entity(entity.id), place: layout.messages[Int(layout.sourcesLabel)].place,
        in: language
      ).0
    }
    return written
  }

  /// What a span or name came from, by its ID's index in the layout's strings; made into a
  /// `Provenance.Origin` only where one is stored or reported.
  enum Owner {
    case textUnit(Int32)
    case entity(Int32)
  }

  func origin(_ owner: Owner) -> Provenance.Origin {
    switch owner {
    case .textUnit(let id): .textUnit(id: layout.strings[Int(id)])
    case .entity(let id): .entity(id: layout.strings[Int(id)])
    }
  }

  /// Adds a provenance record for text in the chain's language `used`, written at `place`,
  /// whose origin's key, ID or path is `text` in the layout's strings.
  mutating func record(
    _ origin: RenderedStorage.OriginKind, _ text: Int32, used: Int, place: BriefingLayout.Place
  ) -> Int32 {
    output.addProvenance(
      origin, text: text, locale: used, fallbackStep: used, file: place.file,
      position: place.position)
  }

  /// The first language, trying `language` and then the chain, that satisfies `test`.
  func firstLanguage(from language: Int, where test: (Int) -> Bool) -> Int? {
    if test(language) { return language }
    return chain.indices.first { $0 != language && test($0) }
  }

  mutating func noteFallback(
    _ origin: Provenance.Origin, used: Int, place: BriefingLayout.Place, stale: Bool = false
  ) {
    var notice = FallbackNotice(
      origin: origin, requestedLocale: locale, usedLocale: chain[used], step: used,
      location: layout.location(place))
    notice.isStale = stale
    if noted.insert(notice).inserted { fallbacks.append(notice) }
  }
}

extension String {
  /// Whether the text, without trailing spaces, ends with `:` or a full-width `：`.
  ///
  /// Read as UTF-8 bytes: both colons and the space are whole scalars that nothing combines with
  /// here, and a combining mark after one is its own last bytes, as it is its own grapheme's.
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
