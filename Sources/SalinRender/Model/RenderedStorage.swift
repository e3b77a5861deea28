import SalinCore

/// A rendered document's spans in a few flat arrays of small values, filled in reading order.
///
/// A render appends each span's text and the index of its provenance record; runs of spans
/// (a paragraph, a list item, a table cell) end at `cellEnds`, rows of cells at `rowEnds`,
/// blocks of rows at `blocks`. Provenance records are shared by the spans of one text unit and
/// refer to their origin's text, languages and files by index, so a render allocates a handful
/// of arrays instead of an array per block and cell, and copies no origin, location or language
/// string per span. The public
/// `RenderedBlock` / `RenderedSpan` values are made from this on demand
/// (`RenderedStorage+PublicValues.swift`); the writers read it directly.
struct RenderedStorage: Sendable {
  /// A span: its text and its provenance record's index.
  struct Span: Sendable {
    var text: String
    var provenance: Int32
  }

  /// A provenance with its origin's text, languages and file by index (see
  /// `RenderedStorage.texts`/`languages`/`files`): no reference-counted field, so adding a
  /// record retains nothing and freeing the document frees the array in one piece.
  struct ProvenanceRecord: Equatable, Sendable {
    var origin: OriginKind
    /// The index in `texts` of the origin's key, ID, path or name (unused for `.layout`).
    var originText: Int32
    var locale: UInt8
    var requestedLocale: UInt8
    var fallbackStep: Int32
    /// The index of the location's file in `files`, or -1 when there is no location.
    var file: Int32
    var position: SourcePosition
  }

  /// The case of a `Provenance.Origin`, whose text a record keeps apart.
  enum OriginKind: UInt8, Sendable {
    case catalog, textUnit, entity, fact, source, layout
  }

  /// What a block is; its rows and cells are laid out as `RenderedBlock` lays them out (a list: one
  /// row of one cell per item; a table: the header row, then the body rows).
  ///
  /// What a block is; its rows and cells as a rendered document lays them out.
  enum BlockKind: UInt8, Sendable {
    /// The title.
    case title
    /// A section heading.
    case heading
    /// A paragraph.
    case paragraph
    /// A bullet list: one row of one cell per item.
    case bulletList
    /// A table: the header row, then the body rows.
    case table
    /// The sources line.
    case sources
  }

  /// A block: its kind and the end (exclusive) of its rows in `rowEnds`.
  struct Block: Sendable {
    var kind: BlockKind
    var rowEnd: Int32
  }

  var spans: [Span] = []
  var provenances: [ProvenanceRecord] = []
  /// The texts records' origins name; a render shares its briefing layout's strings here.
  var texts: [String] = []
  /// The languages records refer to; a render puts its fallback chain here, locale first.
  var languages: [Language]
  /// The files locations are in.
  var files: [String] = []
  /// For each cell, the end (exclusive) of its spans.
  var cellEnds: [Int32] = []
  /// For each row, the end (exclusive) of its cells.
  var rowEnds: [Int32] = []
  var blocks: [Block] = []

  /// An empty storage whose records use `languages` (for a render: the fallback chain).
  init(languages: [Language], expectedSpans: Int = 0) {
    self.languages = languages
    spans.reserveCapacity(expectedSpans)
    provenances.reserveCapacity(expectedSpans)
    cellEnds.reserveCapacity(expectedSpans / 2)
    rowEnds.reserveCapacity(expectedSpans / 2)
    blocks.reserveCapacity(expectedSpans / 2)
  }

  // MARK: Filling

  /// Adds a provenance record and returns its index.
  /// - Parameters:
  ///   - origin: What produced the spans, its text given by index in `texts`.
  ///   - text: The index in `texts` of the origin's key, ID, path or name (any for `.layout`).
  ///   - locale: The index in `languages` of the language the text is in.
  ///   - requestedLocale: The index of the language asked for.
  ///   - fallbackStep: The fallback step.
  ///   - file: The index in `files` of the file the source is written in, or -1.
  ///   - position: Where in that file.
  /// - Returns: The record's index, which spans name.
  mutating func addProvenance(
    _ origin: OriginKind, text: Int32, locale: Int, requestedLocale: Int = 0, fallbackStep: Int,
    file: Int32 = -1, position: SourcePosition = noPosition
  ) -> Int32 {
    provenances.append(
      ProvenanceRecord(
        origin: origin, originText: text, locale: UInt8(truncatingIfNeeded: locale),
        requestedLocale: UInt8(truncatingIfNeeded: requestedLocale),
        fallbackStep: Int32(truncatingIfNeeded: fallbackStep), file: file, position: position))
    return Int32(truncatingIfNeeded: provenances.count - 1)
  }

  /// A record's origin as a public value.
  func origin(of record: ProvenanceRecord) -> Provenance.Origin {
    switch record.origin {
    case .catalog: .catalog(key: texts[Int(record.originText)])
    case .textUnit: .textUnit(id: texts[Int(record.originText)])
    case .entity: .entity(id: texts[Int(record.originText)])
    case .fact: .fact(path: texts[Int(record.originText)])
    case .source: .source(name: texts[Int(record.originText)])
    case .layout: .layout
    }
  }

  static let noPosition = SourcePosition(utf8Offset: 0, line: 0, column: 0)

  /// The index of a file in `files`, added when new.
  ///
  /// A briefing's locations are nearly all in one file, so the last one is compared first.
  mutating func fileIndex(_ file: String) -> Int32 {
    if let last = files.last, last == file { return Int32(files.count - 1) }
    if let index = files.firstIndex(of: file) { return Int32(index) }
    files.append(file)
    return Int32(files.count - 1)
  }

  /// The index of a language in `languages`, added when new.
  mutating func languageIndex(_ language: Language) -> Int {
    if let index = languages.firstIndex(of: language) { return index }
    languages.append(language)
    return languages.count - 1
  }

  mutating func append(_ text: String, provenance: Int32) {
    spans.append(Span(text: text, provenance: provenance))
  }

  /// Ends the current cell (a paragraph's, a list item's or a table cell's spans).
  mutating func endCell() { cellEnds.append(Int32(truncatingIfNeeded: spans.count)) }

  /// Ends the current row of cells.
  mutating func endRow() { rowEnds.append(Int32(truncatingIfNeeded: cellEnds.count)) }

  /// Ends a block of one row of one cell (title, heading, paragraph, sources).
  mutating func endSingleCellBlock(_ kind: BlockKind) {
    endCell()
    endRow()
    endBlock(kind)
  }

  /// Ends the current block.
  mutating func endBlock(_ kind: BlockKind) {
    blocks.append(Block(kind: kind, rowEnd: Int32(truncatingIfNeeded: rowEnds.count)))
  }

  // MARK: Reading

  /// The rows of block `index`, as indices into `rowEnds`.
  func rows(ofBlock index: Int) -> Range<Int> {
    (index == 0 ? 0 : Int(blocks[index - 1].rowEnd))..<Int(blocks[index].rowEnd)
  }

  /// The cells of row `index`, as indices into `cellEnds`.
  func cells(ofRow index: Int) -> Range<Int> {
    (index == 0 ? 0 : Int(rowEnds[index - 1]))..<Int(rowEnds[index])
  }

  /// The spans of cell `index`, as indices into `spans`.
  func spans(ofCell index: Int) -> Range<Int> {
    (index == 0 ? 0 : Int(cellEnds[index - 1]))..<Int(cellEnds[index])
  }

  /// The language a span fell back to, or `nil` when it is in the requested locale.
  func fallbackLanguage(ofSpan index: Int) -> Language? {
    let language = fallbackLanguageIndex(ofSpan: index)
    return language < 0 ? nil : languages[language]
  }

  /// The index in `languages` of the language a span fell back to, -1 when it is in the
  /// requested locale, and -2 when it is a stale translation in the requested locale.
  func fallbackLanguageIndex(ofSpan index: Int) -> Int {
    let record = provenances[Int(spans[index].provenance)]
    return record.fallbackStep > 0 ? Int(record.locale) : record.fallbackStep < 0 ? -2 : -1
  }
}
