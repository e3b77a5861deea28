import SalinCore
import SalinICU

extension RenderContext {
  /// Appends a placeholder's span: messages and names only; numbers and dates must go through
  /// a message.
  mutating func appendPlaceholder(
    _ binding: Int, name: Int32, unit: BriefingLayout.Unit, in language: Int
  ) throws(RenderError) {
    switch layout.bindings[binding] {
    case .message(let message):
      try appendMessage(Int(message), in: language)
    case .entity(let index):
      let (text, used) = try entityName(Int(index), in: language)
      let reference = layout.references[Int(index)]
      output.append(
        text,
        provenance: record(.entity, reference.id, used: used, place: reference.place))
    case .fact(let index):
      let fact = layout.facts[Int(index)]
      guard case .string(let text) = try value(of: fact, in: language) else {
        throw .needsMessage(
          placeholder: layout.strings[Int(name)], unit: layout.strings[Int(unit.id)],
          location: layout.location(fact.place) ?? layout.location(unit.place))
      }
      output.append(
        text,
        provenance: record(.fact, fact.path, used: language, place: fact.place))
    case .entities, .number:
      throw .needsMessage(
        placeholder: layout.strings[Int(name)], unit: layout.strings[Int(unit.id)],
        location: layout.location(unit.place))
    }
  }

  /// A binding resolved to a message argument in a language.
  mutating func value(of binding: Int, in language: Int) throws(RenderError) -> MessageValue {
    switch layout.bindings[binding] {
    case .number(let number): return .number(number)
    case .message(let message): return .string(try messageText(Int(message), in: language).0)
    case .entity(let reference): return .string(try entityName(Int(reference), in: language).0)
    case .entities(let references):
      var names: [String] = []
      names.reserveCapacity(references.count)
      for reference in references { names.append(try entityName(Int(reference), in: language).0) }
      return .list(names)
    case .fact(let index): return try value(of: layout.facts[Int(index)], in: language)
    }
  }

  /// A fact's value; the layout resolved its path (see `ArgumentBinding.fact` for the paths).
  mutating func value(of fact: BriefingLayout.Fact, in language: Int) throws(RenderError)
    -> MessageValue
  {
    switch fact.value {
    case .number(let number): return .number(number)
    case .date(let date): return .date(date)
    case .entity(let reference): return .string(try entityName(Int(reference), in: language).0)
    case .text(let index):
      let names = layout.nameSets[Int(index)]
      return .string(
        try name(names.names, owner: .textUnit(names.id), place: names.place, in: language).0)
    case .unresolved:
      throw .unresolved(
        "fact '\(layout.strings[Int(fact.path)])'", location: layout.location(fact.place))
    }
  }

  /// An entity's name in a language and the chain index of the language it is in: ICU region
  /// names for countries, the briefing's names (along the fallback chain) for people and
  /// organisations.
  mutating func entityName(_ index: Int, in language: Int) throws(RenderError) -> (String, Int) {
    let reference = layout.references[index]
    guard reference.entity >= 0 else {
      throw .unresolved(
        "entity '\(layout.strings[Int(reference.id)])'", location: layout.location(reference.place))
    }
    let entity = layout.entities[Int(reference.entity)]
    let owner = Owner.entity(entity.id)
    switch entity.kind {
    case .country(let code):
      return (try regionName(layout.strings[Int(code)], in: language), language)
    case .person(let names, let role):
      if reference.form == .name || role < 0 {
        return try name(names, owner: owner, place: reference.place, in: language)
      }
      let (personName, _) = try name(names, owner: owner, place: reference.place, in: language)
      let (title, _) = try messageText(Int(role), in: language)
      let combined = try titledName(
        name: personName, role: title, place: reference.place, in: language)
      return (combined, language)
    case .organisation(let names, let acronyms):
      return try name(
        reference.form == .acronym ? acronyms : names, owner: owner, place: reference.place,
        in: language)
    }
  }

  /// A name in `language`, or else in the first language of the chain that has one, with that
  /// language's chain index; taking another language for the locale is noted as a fallback.
  mutating func name(
    _ names: Range<Int32>, owner: Owner, place: BriefingLayout.Place, in language: Int
  ) throws(RenderError) -> (String, Int) {
    var found = -1
    var used = Int.max
    for index in names {
      let step = languageSteps[Int(layout.names[Int(index)].language)]
      if step == language {
        found = Int(index)
        used = step
        break
      }
      if step >= 0 && step < used {
        found = Int(index)
        used = step
      }
    }
    guard found >= 0 else {
      throw .noVariant(origin(owner), chain: chain, location: layout.location(place))
    }
    if used != 0 && language == 0 { noteFallback(origin(owner), used: used, place: place) }
    return (layout.strings[Int(layout.names[found].text)], used)
  }

  mutating func regionName(_ code: String, in language: Int) throws(RenderError) -> String {
    do {
      let name = try ICUDisplayNames.shared(locale: ICULocale(chain[language].tag))
        .regionName(code)
      if recordsFormatCalls {
        formatCalls.append(.regionName(code: code, locale: chain[language]))
      }
      return name
    } catch {
      throw .regionName(
        code: code, locale: chain[language],
        reason: (error as? ICUError)?.explanation ?? "\(error)")
    }
  }
}
