public import SalinCore

/// Flutter's Application Resource Bundle: one JSON object a language.
///
/// `@@locale` names the language; each message
/// under its key and its attributes under `@key`: `description` (the source's, for
/// translators), `placeholders` (each argument, `num` where the message counts or formats a
/// number, else `Object`), and Salin's own `x-` attributes, which ARB allows, for the
/// translation's description, variants, `untranslated: ok` and the state. The source text is
/// not in a target's file (ARB is one language a file).
enum ARB {
  static let holds: InterchangeFields = [
    .sourceNote, .targetNote, .variants, .allowsSameText, .workflowStates, .finalState,
  ]

  static func write(_ files: [TranslationFile]) -> (text: String, losses: [InterchangeLoss]) {
    let first = files.first
    let language = first?.targetLanguage ?? first?.sourceLanguage ?? Language("en")
    var members: [(String, JSONOut)] = [("@@locale", .string(language.tag.replacingHyphens()))]
    for file in files {
      let template = file.targetLanguage == nil
      for unit in file.units {
        guard let message = template ? unit.source : unit.target else { continue }
        members.append((unit.id, .string(message)))
        var attributes: [(String, JSONOut)] = []
        if let note = unit.sourceNote { attributes.append(("description", .string(note))) }
        let placeholders = ArgumentKinds.of(unit.source)
        if !placeholders.isEmpty {
          attributes.append(
            (
              "placeholders",
              .object(placeholders.map { ($0.name, .object([("type", .string($0.arbType))])) })
            ))
        }
        if !template {
          if let note = unit.targetNote {
            attributes.append(("x-salin-description", .string(note)))
          }
          if !unit.variants.isEmpty {
            attributes.append(("x-salin-variants", .array(unit.variants.map { .string($0) })))
          }
          if unit.allowsSameText { attributes.append(("x-salin-untranslated", .bool(true))) }
          if unit.state != .translated {
            attributes.append(("x-salin-state", .string(unit.state.rawValue)))
          }
        }
        if !attributes.isEmpty { members.append(("@" + unit.id, .object(attributes))) }
      }
    }
    return (JSONOut.object(members).text() + "\n", [])
  }

  static func read(_ value: JSONValue, path: String, language: Language?) throws(InterchangeError)
    -> [TranslationFile]
  {
    guard case .object(let members, _) = value else {
      throw InterchangeError(
        SourceLocation(file: path, position: value.position),
        "an ARB file must be a JSON object, not \(value.kind)")
    }
    let locale = value.member("@@locale")?.string.map { Language($0.replacingUnderscores()) }
    var units: [TranslationUnit] = []
    for member in members where !member.key.hasPrefix("@") {
      let at = SourceLocation(file: path, position: member.value.position)
      guard let message = member.value.string else {
        throw InterchangeError(
          at, "'\(member.key)' must be a message (a string), not \(member.value.kind)")
      }
      var unit = TranslationUnit(
        id: member.key, source: "", target: message, state: .translated,
        location: SourceLocation(file: path, position: member.keyPosition), targetLocation: at)
      if let attributes = value.member("@" + member.key) {
        unit.sourceNote = attributes.member("description")?.string
        unit.targetNote = attributes.member("x-salin-description")?.string
        if case .array(let items, _)? = attributes.member("x-salin-variants") {
          unit.variants = items.compactMap(\.string)
        }
        if case .bool(true, _)? = attributes.member("x-salin-untranslated") {
          unit.allowsSameText = true
        }
        if let state = attributes.member("x-salin-state") {
          guard let parsed = state.string.flatMap(TranslationState.init(rawValue:)) else {
            throw InterchangeError(
              SourceLocation(file: path, position: state.position),
              "x-salin-state takes "
                + TranslationState.allCases.map(\.rawValue).joined(separator: ", "))
          }
          unit.state = parsed
        }
      }
      units.append(unit)
    }
    var file = TranslationFile(
      sourceLanguage: Language(""), targetLanguage: locale ?? language, units: units, path: path)
    file.holds = holds
    return [file]
  }
}
