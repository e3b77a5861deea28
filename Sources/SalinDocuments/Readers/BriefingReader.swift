import SalinBriefing
import SalinCore

/// Reads a briefing for the linter through SalinBriefing's `BriefingLoader`, the one briefing
/// reader: `salin lint` sees exactly the briefing `salin render` renders.
///
/// Each text unit's variant becomes a segment in its own locale, mapped onto its bytes in the file
/// (inside quotes, across escapes and folded lines), with each `{placeholder}` left out of the text
/// (it stands for a name, number or message, not for words of the variant's language). Labels and
/// messages are catalog keys, and entity names are names: neither is text here, and the names are
/// handed to the rules as names. A briefing the loader refuses is one error at its first problem.
struct BriefingReader {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String
  let text: String

  struct Result {
    var briefing: Briefing
    var segments: [Segment] = []
    var translations: [BriefingTranslation] = []
  }

  func read() throws(DocumentError) -> Result {
    let briefing: Briefing
    do {
      briefing = try BriefingLoader().load(yaml: text, file: path)
    } catch {
      throw .invalidBriefing(error)
    }
    var result = Result(briefing: briefing)
    let source = briefing.metadata.sourceLanguage
    let alone = Self.unitsStandingAlone(in: briefing.content)
    let mapper = YAMLValueMapper(bytes: bytes, lines: lines)
    for unit in briefing.translatableUnits {
      var ranges: [Language: Range<Int>] = [:]
      for language in unit.languages {
        guard let variant = unit.variants[language],
          let location = unit.variantLocations[language]
        else { continue }
        let start = lines.offset(
          line: location.position.line, scalarColumn: location.position.column)
        let whole = mapper.builder(for: variant, from: start)
        ranges[language] = whole.sourceSpan ?? start..<start
        var builder = SegmentBuilder(bytes: bytes)
        var cursor = 0
        for placeholder in TextUnit.placeholderRanges(in: variant) {
          builder.append(whole, textRange: cursor..<placeholder.lowerBound)
          builder.appendUnmapped(" ")
          cursor = placeholder.upperBound
        }
        builder.append(whole, textRange: cursor..<variant.utf8.count)
        let labelMode: SegmentBuilder.LabelMode = alone.contains(unit.id) ? .wholeOrPrefix : .prefix
        if let segment = builder.build(
          kind: .briefingText(unit: unit.id, locale: language), lines: lines, labelMode: labelMode)
        {
          result.segments.append(segment)
        }
      }
      guard let sourceText = unit.variants[source], let sourceRange = ranges[source] else {
        continue
      }
      for language in unit.languages where language != source {
        guard let target = unit.variants[language], let targetRange = ranges[language] else {
          continue
        }
        result.translations.append(
          BriefingTranslation(
            unit: unit.id, sourceLanguage: source, language: language, source: sourceText,
            target: target, sourceRange: sourceRange, targetRange: targetRange,
            madeFrom: unit.madeFrom[language]))
      }
    }
    result.segments.sort { $0.range.start.utf8Offset < $1.range.start.utf8Offset }
    result.translations.sort { $0.targetRange.lowerBound < $1.targetRange.lowerBound }
    return result
  }

  /// The IDs of text units that are a whole heading, table cell, list item or paragraph: a label
  /// may stand there (a catalog label typed as text), as on a line of its own in an article.
  static func unitsStandingAlone(in content: BriefingContent) -> Set<String> {
    var ids: Set<String> = []
    func visit(_ runs: [Inline]) {
      if runs.count == 1, case .text(let unit) = runs[0] { ids.insert(unit.id) }
    }
    func visit(_ block: Block) {
      switch block {
      case .paragraph(let runs): visit(runs)
      case .bulletList(let items): items.forEach(visit)
      case .table(let table): table.rows.forEach { $0.forEach(visit) }
      }
    }
    content.title.map(visit)
    content.lead.forEach(visit)
    for section in content.sections {
      visit(section.heading)
      section.blocks.forEach(visit)
    }
    return ids
  }

  /// Whether a YAML text names itself a briefing: its first key is `salin-briefing`, which the
  /// format requires first (comments, blank lines, a byte order mark and `---` may come before).
  static func looksLikeBriefing(_ bytes: [UInt8]) -> Bool {
    var text = Substring(decoding: bytes.prefix(4096), as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("%") { continue }
      if trimmed.hasPrefix("---") && trimmed.dropFirst(3).allSatisfy(\.isWhitespace) { continue }
      return line.hasPrefix("salin-briefing:")
    }
    return false
  }
}
