import SalinCore
import SalinICU

/// The state of one render: the locale, its fallback chain, and what was fallen back on or
/// formatted so far. Block and run rendering live here; values and names in
/// `RenderContext+Values.swift`.
struct RenderContext {
  let briefing: Briefing
  let locale: Language
  /// The locale first, then the languages to fall back on.
  let chain: [Language]
  let messages: any MessageSource
  let recordsFormatCalls: Bool
  var fallbacks: [FallbackNotice] = []
  var formatCalls: [FormatCall] = []

  mutating func block(_ block: Block) throws(RenderError) -> RenderedBlock {
    switch block {
    case .paragraph(let runs):
      return .paragraph(try spans(runs))
    case .bulletList(let items):
      var rendered: [[RenderedSpan]] = []
      for item in items { rendered.append(try spans(item)) }
      return .bulletList(rendered)
    case .table(let table):
      var header: [[RenderedSpan]] = []
      for column in table.columns { header.append([try label(column, in: locale)]) }
      var rows: [[[RenderedSpan]]] = []
      for row in table.rows {
        var cells: [[RenderedSpan]] = []
        for cell in row { cells.append(try spans(cell)) }
        rows.append(cells)
      }
      return .table(header: header, rows: rows)
    }
  }

  mutating func spans(_ runs: [Inline]) throws(RenderError) -> [RenderedSpan] {
    var result: [RenderedSpan] = []
    for run in runs {
      switch run {
      case .text(let unit): result += try text(unit)
      case .label(let key): result.append(try label(key, in: locale))
      case .message(let message): result.append(try self.message(message, in: locale))
      }
    }
    return result
  }

  /// The sources line: the `label.sources` label, then the names joined by ` & `, then a full stop.
  mutating func sourcesLine() throws(RenderError) -> [RenderedSpan] {
    let label = try self.label(LabelKey("label.sources"), in: locale)
    let layout = Provenance(origin: .layout, requestedLocale: locale, locale: locale)
    let trimmed = label.text.trimmingSuffix(while: { $0 == " " })
    var result = [
      label,
      RenderedSpan(
        trimmed.hasSuffix(":") || trimmed.hasSuffix("：") ? " " : ": ", provenance: layout),
    ]
    for (index, name) in briefing.content.sources.enumerated() {
      if index > 0 { result.append(RenderedSpan(" & ", provenance: layout)) }
      result.append(
        RenderedSpan(
          name,
          provenance: Provenance(
            origin: .source(name: name), requestedLocale: locale, locale: locale)))
    }
    result.append(RenderedSpan(".", provenance: layout))
    return result
  }

  /// A text unit in the first language of the chain that has it; placeholders are filled in
  /// that same language, so a fallback span is in one language throughout.
  mutating func text(_ unit: TextUnit) throws(RenderError) -> [RenderedSpan] {
    let origin = Provenance.Origin.textUnit(id: unit.id)
    guard
      let (used, segments) = pick(unit.segmentsByLanguage, origin: origin, location: unit.location)
    else {
      throw .noVariant(origin, chain: chain, location: unit.location)
    }
    let provenance = self.provenance(origin, used: used, location: unit.location)
    var result: [RenderedSpan] = []
    result.reserveCapacity(segments.count)
    for segment in segments {
      switch segment {
      case .literal(let literal):
        result.append(RenderedSpan(literal, provenance: provenance))
      case .placeholder(let name):
        guard let binding = unit.arguments[name] else {
          throw .unresolved("{\(name)} in text unit '\(unit.id)'", location: unit.location)
        }
        result.append(try span(for: binding, placeholder: name, unit: unit, in: used))
      }
    }
    return result
  }

  /// A label: a catalog message without arguments.
  mutating func label(_ key: LabelKey, in language: Language) throws(RenderError) -> RenderedSpan {
    try message(MessageReference(key: key), in: language)
  }

  /// A catalog message in the first language (from `language` on) whose catalog has the key.
  mutating func message(_ reference: MessageReference, in language: Language) throws(RenderError)
    -> RenderedSpan
  {
    let key = reference.key.key
    // The common case asks the catalog once; only a failure pays for finding out whether the
    // key is missing in this language (then walk the chain) or the message itself failed.
    var used = language
    var attempt = try format(reference, in: language)
    if attempt == nil {
      guard
        let fallback = firstLanguage(from: language, where: { messages.contains(key, locale: $0) })
      else {
        throw .unknownLabelKey(key, location: reference.key.location)
      }
      used = fallback
      attempt = try format(reference, in: fallback)
    }
    guard let (text, arguments) = attempt else {
      throw .unknownLabelKey(key, location: reference.key.location)
    }
    let origin = Provenance.Origin.catalog(key: key)
    if used != locale { noteFallback(origin, used: used, location: reference.key.location) }
    if recordsFormatCalls {
      formatCalls.append(.message(key: key, locale: used, arguments: arguments))
    }
    return RenderedSpan(
      text, provenance: provenance(origin, used: used, location: reference.key.location))
  }

  /// Formats a message in one language: `nil` when that language's catalog lacks the key.
  private mutating func format(_ reference: MessageReference, in language: Language)
    throws(RenderError)
    -> (String, [String: MessageValue])?
  {
    let key = reference.key.key
    var arguments: [String: MessageValue] = [:]
    for (name, binding) in reference.arguments {
      arguments[name] = try value(of: binding, in: language)
    }
    do {
      return (try messages.message(key, locale: language, arguments: arguments), arguments)
    } catch {
      guard messages.contains(key, locale: language) else { return nil }
      throw .messageFailed(
        key: key, locale: language, reason: "\(error)", location: reference.key.location)
    }
  }

  /// The first variant along the chain; a variant other than the locale's is noted as a fallback.
  mutating func pick<Variant>(
    _ variants: [Language: Variant], origin: Provenance.Origin, location: SourceLocation?
  )
    -> (Language, Variant)?
  {
    for language in chain {
      if let variant = variants[language] {
        if language != locale { noteFallback(origin, used: language, location: location) }
        return (language, variant)
      }
    }
    return nil
  }

  func provenance(_ origin: Provenance.Origin, used: Language, location: SourceLocation?)
    -> Provenance
  {
    Provenance(
      origin: origin, requestedLocale: locale, locale: used, fallbackStep: step(of: used),
      location: location)
  }

  func step(of language: Language) -> Int {
    language == locale ? 0 : (chain.firstIndex(of: language) ?? 0)
  }

  /// The first language, trying `language` and then the chain, that satisfies `test`.
  func firstLanguage(from language: Language, where test: (Language) -> Bool) -> Language? {
    if test(language) { return language }
    return chain.first { $0 != language && test($0) }
  }

  mutating func noteFallback(_ origin: Provenance.Origin, used: Language, location: SourceLocation?)
  {
    let notice = FallbackNotice(
      origin: origin, requestedLocale: locale, usedLocale: used, step: step(of: used),
      location: location)
    if !fallbacks.contains(notice) { fallbacks.append(notice) }
  }
}

extension String {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[..<end]
  }
}
