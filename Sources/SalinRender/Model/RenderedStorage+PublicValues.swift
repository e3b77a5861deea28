import SalinCore

// The public values of a rendered document (`RenderedBlock`, `RenderedSpan`, `Provenance`),
// made from the flat storage on demand, and the storage made from them.

extension RenderedStorage {
  /// Stores a title and blocks given as public values.
  /// - Parameters:
  ///   - locale: The document's locale (the first language of the table).
  ///   - title: The title's spans.
  ///   - blocks: The body.
  init(locale: Language, title: [RenderedSpan]?, blocks: [RenderedBlock]) {
    self.init(languages: [locale])
    if let title {
      append(title)
      endSingleCellBlock(.title)
    }
    for block in blocks {
      switch block {
      case .heading(let spans):
        append(spans)
        endSingleCellBlock(.heading)
      case .paragraph(let spans):
        append(spans)
        endSingleCellBlock(.paragraph)
      case .sources(let spans):
        append(spans)
        endSingleCellBlock(.sources)
      case .bulletList(let items):
        for item in items {
          append(item)
          endCell()
          endRow()
        }
        endBlock(.bulletList)
      case .table(let header, let rows):
        for row in [header] + rows {
          for cell in row {
            append(cell)
            endCell()
          }
          endRow()
        }
        endBlock(.table)
      }
    }
  }

  /// Appends public spans, sharing a provenance record between neighbours that have the same.
  private mutating func append(_ publicSpans: [RenderedSpan]) {
    for span in publicSpans {
      let provenance = span.provenance
      let (kind, text) = originIndex(provenance.origin)
      var record = ProvenanceRecord(
        origin: kind, originText: text,
        locale: UInt8(truncatingIfNeeded: languageIndex(provenance.locale)),
        requestedLocale: UInt8(truncatingIfNeeded: languageIndex(provenance.requestedLocale)),
        fallbackStep: provenance.isStale ? -1 : Int32(truncatingIfNeeded: provenance.fallbackStep),
        file: -1,
        position: Self.noPosition)
      if let location = provenance.location {
        record.file = fileIndex(location.file)
        record.position = location.position
      }
      if provenances.last != record { provenances.append(record) }
      append(span.text, provenance: Int32(truncatingIfNeeded: provenances.count - 1))
    }
  }

  /// An origin's kind and the index of its text in `texts`, added unless it is the last one.
  private mutating func originIndex(_ origin: Provenance.Origin) -> (OriginKind, Int32) {
    let kind: OriginKind
    let text: String
    switch origin {
    case .catalog(let key): (kind, text) = (.catalog, key)
    case .textUnit(let id): (kind, text) = (.textUnit, id)
    case .entity(let id): (kind, text) = (.entity, id)
    case .fact(let path): (kind, text) = (.fact, path)
    case .source(let name): (kind, text) = (.source, name)
    case .layout: return (.layout, -1)
    }
    if texts.last != text { texts.append(text) }
    return (kind, Int32(texts.count - 1))
  }

  /// Span `index` as a public value.
  func publicSpan(_ index: Int) -> RenderedSpan {
    let span = spans[index]
    let record = provenances[Int(span.provenance)]
    let location =
      record.file < 0
      ? nil : SourceLocation(file: files[Int(record.file)], position: record.position)
    // A record's step -1 marks a stale translation in the requested locale.
    var provenance = Provenance(
      origin: origin(of: record), requestedLocale: languages[Int(record.requestedLocale)],
      locale: languages[Int(record.locale)], fallbackStep: max(0, Int(record.fallbackStep)),
      location: location)
    provenance.isStale = record.fallbackStep < 0
    return RenderedSpan(span.text, provenance: provenance)
  }

  /// The spans of cell `index` as public values.
  func publicSpans(ofCell index: Int) -> [RenderedSpan] {
    spans(ofCell: index).map(publicSpan)
  }

  /// Every span, in reading order, as public values.
  var publicSpans: [RenderedSpan] { spans.indices.map(publicSpan) }

  /// The title's spans, when the document has a title.
  var publicTitle: [RenderedSpan]? {
    guard let first = blocks.first, first.kind == .title else { return nil }
    return publicSpans(ofBlock: 0)
  }

  /// The body's blocks as public values.
  var publicBlocks: [RenderedBlock] {
    blocks.indices.compactMap { index in
      switch blocks[index].kind {
      case .title: nil
      case .heading: .heading(publicSpans(ofBlock: index))
      case .paragraph: .paragraph(publicSpans(ofBlock: index))
      case .sources: .sources(publicSpans(ofBlock: index))
      case .bulletList:
        .bulletList(
          rows(ofBlock: index).map { row in cells(ofRow: row).flatMap(publicSpans(ofCell:)) })
      case .table:
        tableBlock(index)
      }
    }
  }

  private func tableBlock(_ index: Int) -> RenderedBlock {
    let rows = rows(ofBlock: index).map { row in cells(ofRow: row).map(publicSpans(ofCell:)) }
    return .table(header: rows.first ?? [], rows: Array(rows.dropFirst()))
  }

  /// The spans of a block of one row of one cell.
  private func publicSpans(ofBlock index: Int) -> [RenderedSpan] {
    rows(ofBlock: index).flatMap { row in cells(ofRow: row).flatMap(publicSpans(ofCell:)) }
  }
}
