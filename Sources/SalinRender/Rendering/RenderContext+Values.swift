import SalinCore
import SalinICU

extension RenderContext {
  /// Appends a placeholder's span: messages and names only; numbers and dates must go through
  /// a message.
  mutating func appendPlaceholder(
    _ binding: ArgumentBinding, placeholder: String, unitID: String,
    unitLocation: SourceLocation?, in language: Language
  ) throws(RenderError) {
    switch binding {
    case .message(let message):
      try appendMessage(message, in: language)
    case .entity(let reference):
      let (name, used) = try entityName(reference, in: language)
      output.append(
        name,
        provenance: record(
          .entity(id: reference.id), used: chainIndex(used), location: reference.location))
    case .fact(let path):
      guard case .string(let text) = try value(of: binding, in: language) else {
        throw .needsMessage(
          placeholder: placeholder, unit: unitID, location: path.location ?? unitLocation)
      }
      output.append(
        text,
        provenance: record(
          .fact(path: path.path), used: chainIndex(language), location: path.location))
    case .entities, .number:
      throw .needsMessage(placeholder: placeholder, unit: unitID, location: unitLocation)
    }
  }

  /// A binding resolved to a message argument in a language.
  mutating func value(of binding: ArgumentBinding, in language: Language) throws(RenderError)
    -> MessageValue
  {
    switch binding {
    case .number(let number): return .number(number)
    case .message(let message): return .string(try messageText(message, in: language).0)
    case .entity(let reference): return .string(try entityName(reference, in: language).0)
    case .entities(let references):
      var names: [String] = []
      for reference in references { names.append(try entityName(reference, in: language).0) }
      return .list(names)
    case .fact(let path): return try fact(path, in: language)
    }
  }

  /// A fact's value (see `ArgumentBinding.fact` for the paths).
  mutating func fact(_ path: FactPath, in language: Language) throws(RenderError) -> MessageValue {
    let parts = path.components
    let facts = briefing.facts
    switch (parts.first, parts.count) {
    case ("meeting", 2):
      guard let meeting = facts.meeting else { break }
      switch parts[1] {
      case "session": return .number(Double(meeting.session))
      case "series": return .string(try entityName(meeting.series, in: language).0)
      case "date": if let date = meeting.date { return .date(date) }
      case "place":
        switch meeting.place {
        case .entity(let reference)?: return .string(try entityName(reference, in: language).0)
        case .text(let unit)?:
          return .string(
            try name(
              unit.variants, origin: .textUnit(id: unit.id), location: unit.location, in: language
            ).0)
        case nil: break
        }
      default: break
      }
    case ("declarations", 3):
      guard let declaration = facts.declarations[parts[1]] else { break }
      if parts[2] == "date" { return .date(declaration.date) }
      if parts[2] == "name" {
        let unit = declaration.name
        return .string(
          try name(
            unit.variants, origin: .textUnit(id: unit.id), location: unit.location, in: language
          ).0)
      }
    case ("next-meeting", 2):
      if parts[1] == "year", let next = facts.nextMeeting { return .number(Double(next.year)) }
    default: break
    }
    throw .unresolved("fact '\(path.path)'", location: path.location)
  }

  /// An entity's name in a language: ICU region names for countries, the briefing's names
  /// (along the fallback chain) for people and organisations.
  mutating func entityName(_ reference: EntityReference, in language: Language) throws(RenderError)
    -> (String, Language)
  {
    guard let entity = briefing.entities[reference.id] else {
      throw .unresolved("entity '\(reference.id)'", location: reference.location)
    }
    let origin = Provenance.Origin.entity(id: entity.id)
    switch (entity.kind, reference.form) {
    case (.country(let code), _):
      return (try regionName(code, in: language), language)
    case (.person(let names, _), .name), (.person(let names, nil), _):
      return try name(names, origin: origin, location: reference.location, in: language)
    case (.person(let names, let role?), _):
      let (personName, _) = try name(
        names, origin: origin, location: reference.location, in: language)
      let (title, _) = try messageText(MessageReference(key: role), in: language)
      let combined = try titledName(
        LabelKey("person.with-role", location: reference.location), in: language,
        name: personName, role: title)
      return (combined, language)
    case (.organisation(_, let acronyms), .acronym):
      return try name(acronyms, origin: origin, location: reference.location, in: language)
    case (.organisation(let names, _), _):
      return try name(names, origin: origin, location: reference.location, in: language)
    }
  }

  /// A name along the chain from `language`.
  mutating func name(
    _ names: [Language: String], origin: Provenance.Origin, location: SourceLocation?,
    in language: Language
  ) throws(RenderError) -> (String, Language) {
    // One lookup a language: the names are few, the chain is short.
    var found: (String, Language)?
    if let name = names[language] {
      found = (name, language)
    } else {
      for candidate in chain where candidate != language {
        if let name = names[candidate] {
          found = (name, candidate)
          break
        }
      }
    }
    guard let (name, used) = found else {
      throw .noVariant(origin, chain: chain, location: location)
    }
    if used != locale && language == locale { noteFallback(origin, used: used, location: location) }
    return (name, used)
  }

  mutating func regionName(_ code: String, in language: Language) throws(RenderError) -> String {
    do {
      let name = try ICUDisplayNames.shared(locale: ICULocale(language.tag)).regionName(code)
      if recordsFormatCalls { formatCalls.append(.regionName(code: code, locale: language)) }
      return name
    } catch {
      throw .regionName(code: code, locale: language, reason: "\(error)")
    }
  }
}
