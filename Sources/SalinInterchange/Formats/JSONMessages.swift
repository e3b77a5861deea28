public import SalinCore

/// JSON message files as JavaScript libraries write them, one language a file.
///
/// Flat (`{"label.details": "Details"}`, FormatJS's compiled messages and i18next with ICU), nested
/// (`{"label": {"details": "Details"}}`, i18next's layout) and FormatJS's extracted messages
/// (`{"label.details": {"defaultMessage": "Details", "description": "…"}}`), whose values are the
/// ICU messages as they are; and i18next's own syntax (nested, `{{name}}`, `key_one`/`key_other`,
/// see `I18next`), converted where a message maps exactly. Only translated entries are written;
/// JSON holds no state, variants or `untranslated: ok`, and only FormatJS a description: the
/// export names what each entry loses.
enum JSONMessages {
  static func write(_ files: [TranslationFile], format: InterchangeFormat) -> (
    text: String, losses: [InterchangeLoss]
  ) {
    var losses: [InterchangeLoss] = []
    var members: [(String, JSONOut)] = []
    var nested = Nested()
    for file in files {
      for unit in file.units {
        let template = file.targetLanguage == nil
        guard let message = template ? unit.source : unit.target else { continue }
        if !template { losses += lost(unit, format: format) }
        switch format {
        case .formatjs:
          var fields: [(String, JSONOut)] = [("defaultMessage", .string(message))]
          if let note = unit.sourceNote { fields.append(("description", .string(note))) }
          members.append((unit.id, .object(fields)))
        case .jsonNested:
          if !nested.insert(unit.id.split(separator: ".").map(String.init), message) {
            losses.append(
              InterchangeLoss(
                unit: unit.id, what: "nesting (another key is its prefix; written with dots)"))
          }
        case .i18next:
          var path = unit.id.split(separator: ".").map(String.init)
          var clean = true
          switch I18next.form(of: message) {
          case .single(let value)?:
            clean = nested.insert(path, value)
          case .plural(let branches)?:
            let last = path.removeLast()
            for branch in branches {
              clean = nested.insert(path + [last + "_" + branch.category], branch.value) && clean
            }
          case nil:
            clean = nested.insert(path, message)
            if message.contains("{") {
              losses.append(
                InterchangeLoss(
                  unit: unit.id, what: "i18next syntax (kept as ICU: i18next-icu reads it)"))
            } else if I18next.unquoted(message, inPlural: false) != message {
              losses.append(
                InterchangeLoss(
                  unit: unit.id, what: "ICU apostrophe quoting (i18next shows it as written)"))
            }
          }
          if !clean {
            losses.append(
              InterchangeLoss(
                unit: unit.id, what: "nesting (another key is its prefix; written with dots)"))
          }
        default:
          members.append((unit.id, .string(message)))
        }
      }
    }
    let root: JSONOut = [.jsonNested, .i18next].contains(format) ? nested.json : .object(members)
    return (root.text() + "\n", losses)
  }

  private static func lost(_ unit: TranslationUnit, format: InterchangeFormat) -> [InterchangeLoss]
  {
    var what: [String] = []
    if unit.sourceNote != nil, format != .formatjs { what.append("the description") }
    if unit.targetNote != nil { what.append("the translation's description") }
    if !unit.variants.isEmpty { what.append("variants") }
    if unit.allowsSameText { what.append("untranslated: ok") }
    if unit.state != .translated { what.append("the state \(unit.state.rawValue)") }
    return what.map { InterchangeLoss(unit: unit.id, what: $0) }
  }

  static func read(_ value: JSONValue, path: String, language: Language?) throws(InterchangeError)
    -> [TranslationFile]
  {
    guard case .object(let members, _) = value else {
      throw InterchangeError(
        SourceLocation(file: path, position: value.position),
        "a message file must be a JSON object of keys to messages, not \(value.kind)")
    }
    var units: [TranslationUnit] = []
    var holds: InterchangeFields = []
    func collect(_ members: [JSONValue.Member], prefix: String) throws(InterchangeError) {
      for member in members {
        let key = prefix.isEmpty ? member.key : prefix + "." + member.key
        let at = SourceLocation(file: path, position: member.value.position)
        switch member.value {
        case .string(let message, _):
          units.append(
            TranslationUnit(
              id: key, source: "", target: message, state: .translated,
              location: SourceLocation(file: path, position: member.keyPosition),
              targetLocation: at))
        case .object(let fields, _) where fields.contains(where: { $0.key == "defaultMessage" }):
          guard let message = member.value.member("defaultMessage")?.string else {
            throw InterchangeError(at, "'\(key)': defaultMessage must be a string")
          }
          holds = [.sourceNote]
          var unit = TranslationUnit(
            id: key, source: "", target: message, state: .translated,
            location: SourceLocation(file: path, position: member.keyPosition), targetLocation: at)
          unit.sourceNote = member.value.member("description")?.string
          units.append(unit)
        case .object(let inner, _):
          try collect(inner, prefix: key)
        default:
          throw InterchangeError(
            at, "'\(key)' must be a message (a string), not \(member.value.kind)")
        }
      }
    }
    try collect(members, prefix: "")
    units = I18next.messages(units)
    var file = TranslationFile(
      sourceLanguage: Language(""), targetLanguage: language, units: units, path: path)
    file.holds = holds
    return [file]
  }

  /// Keys split at dots into nested objects, in the order first seen.
  private struct Nested {
    var children: [(String, Nested)] = []
    var value: String?

    /// Inserts a message; returns `false` when a prefix holds a message, and then stores the
    /// rest of the key, dots and all, one level down.
    mutating func insert(_ path: [String], _ message: String) -> Bool {
      guard let first = path.first else {
        value = message
        return true
      }
      if path.count == 1 {
        if let index = children.firstIndex(where: { $0.0 == first }) {
          guard children[index].1.children.isEmpty else { return false }
          children[index].1.value = message
        } else {
          children.append((first, Nested(value: message)))
        }
        return true
      }
      if let index = children.firstIndex(where: { $0.0 == first }) {
        if children[index].1.value != nil {
          children.append((path.joined(separator: "."), Nested(value: message)))
          return false
        }
        return children[index].1.insert(Array(path.dropFirst()), message)
      }
      var child = Nested()
      let clean = child.insert(Array(path.dropFirst()), message)
      children.append((first, child))
      return clean
    }

    var json: JSONOut {
      if let value, children.isEmpty { return .string(value) }
      return .object(children.map { ($0.0, $0.1.json) })
    }
  }
}
