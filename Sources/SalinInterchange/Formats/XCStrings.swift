public import SalinCore

/// Apple's String Catalog (`.xcstrings`, Xcode 15+): every language of a catalog in one file.
///
/// Each key has the source's description as `comment` and a `localizations` object per
/// language. A message that is a plural Xcode can show as one (`{n, plural, one {…} other {…}}`
/// with CLDR categories, `#` and text in the branches, written the canonical way), alone or in
/// text, becomes a substitution `%#@n@` with plural variations, `#` as `%arg` and `%` as `%%`;
/// any other message (select, exact `=N` branches, nested placeholders, dates, Salin's
/// extensions) stays ICU text in a plain `stringUnit`. States: new ↔ `new`,
/// needs review ↔ `needs_review`, translated ↔ `translated`; a String Catalog has no final
/// state, nor a place for the translation's own description, variants or `untranslated: ok`.
enum XCStrings {
  static let holds: InterchangeFields = [.source, .sourceNote, .workflowStates]

  static func write(_ files: [TranslationFile]) -> (text: String, losses: [InterchangeLoss]) {
    guard let first = files.first else { return ("{}\n", []) }
    let sourceLanguage = first.sourceLanguage
    var losses: [InterchangeLoss] = []
    let many = files.count > 1
    var order: [String] = []
    var sources: [String: TranslationUnit] = [:]
    var localizations: [String: [(String, JSONOut)]] = [:]
    for file in files {
      for unit in file.units {
        if sources[unit.id] == nil {
          order.append(unit.id)
          sources[unit.id] = unit
          localizations[unit.id] = [
            (sourceLanguage.tag, localization(unit.source, state: .translated))
          ]
        }
        guard let target = file.targetLanguage, let message = unit.target else { continue }
        localizations[unit.id]?.append((target.tag, localization(message, state: unit.state)))
        let id = many ? "\(unit.id) (\(target))" : unit.id
        if unit.targetNote != nil {
          losses.append(InterchangeLoss(unit: id, what: "the translation's description"))
        }
        if !unit.variants.isEmpty { losses.append(InterchangeLoss(unit: id, what: "variants")) }
        if unit.allowsSameText {
          losses.append(InterchangeLoss(unit: id, what: "untranslated: ok"))
        }
        if unit.state == .final {
          losses.append(InterchangeLoss(unit: id, what: "the final state (written as translated)"))
        }
      }
    }
    // Xcode writes keys and languages sorted; so does Salin, so a file Xcode saves diffs cleanly.
    var strings: [(String, JSONOut)] = []
    for key in order.sorted() {
      guard let unit = sources[key] else { continue }
      var fields: [(String, JSONOut)] = []
      if let note = unit.sourceNote { fields.append(("comment", .string(note))) }
      fields.append(("extractionState", .string("manual")))
      fields.append(
        ("localizations", .object((localizations[key] ?? []).sorted { $0.0 < $1.0 })))
      strings.append((key, .object(fields)))
    }
    let root = JSONOut.object([
      ("sourceLanguage", .string(sourceLanguage.tag)), ("strings", .object(strings)),
      ("version", .string("1.0")),
    ])
    return (root.text(spacedColons: true) + "\n", losses)
  }

  private static func stateName(_ state: TranslationState) -> String {
    switch state {
    case .new: "new"
    case .needsReview: "needs_review"
    case .translated, .final: "translated"
    }
  }

  private static func stringUnit(_ value: String, state: TranslationState) -> JSONOut {
    .object([
      ("stringUnit", .object([("state", .string(stateName(state))), ("value", .string(value))]))
    ])
  }

  /// One language's localization of a message.
  private static func localization(_ message: String, state: TranslationState) -> JSONOut {
    guard let mapped = PluralMapping(message) else { return stringUnit(message, state: state) }
    var substitutions: [(String, JSONOut)] = []
    for (index, plural) in mapped.plurals.enumerated() {
      substitutions.append(
        (
          plural.name,
          .object([
            ("argNum", .number(index + 1)), ("formatSpecifier", .string("lld")),
            (
              "variations",
              .object([
                (
                  "plural",
                  .object(plural.branches.map { ($0.category, stringUnit($0.value, state: state)) })
                )
              ])
            ),
          ])
        ))
    }
    return .object([
      (
        "stringUnit",
        .object([("state", .string(stateName(state))), ("value", .string(mapped.format))])
      ),
      ("substitutions", .object(substitutions)),
    ])
  }

  static func read(_ root: JSONValue, path: String) throws(InterchangeError) -> [TranslationFile] {
    func located(_ value: JSONValue) -> SourceLocation {
      SourceLocation(file: path, position: value.position)
    }
    guard let source = root.member("sourceLanguage")?.string, let strings = root.member("strings")
    else {
      throw InterchangeError(
        located(root), "a String Catalog needs \"sourceLanguage\" and \"strings\"")
    }
    var units: [Language: [TranslationUnit]] = [:]
    for member in strings.members {
      let key = member.key
      let entry = member.value
      let note = entry.member("comment")?.string
      var sourceText = key
      var targets: [(Language, String, TranslationState, SourceLocation)] = []
      for localization in entry.member("localizations")?.members ?? [] {
        let (text, state) = try message(of: localization.value, key: key, path: path)
        if localization.key == source {
          sourceText = text
        } else {
          targets.append((Language(localization.key), text, state, located(localization.value)))
        }
      }
      for (language, text, state, at) in targets {
        var unit = TranslationUnit(
          id: key, source: sourceText, target: text, state: state, sourceNote: note,
          location: SourceLocation(file: path, position: member.keyPosition), targetLocation: at)
        unit.sourceNote = note
        units[language, default: []].append(unit)
      }
    }
    return units.keys.sorted().map { language in
      var file = TranslationFile(
        sourceLanguage: Language(source), targetLanguage: language, units: units[language] ?? [],
        path: path)
      file.holds = holds
      return file
    }
  }

  /// The ICU message and state of one localization.
  private static func message(of localization: JSONValue, key: String, path: String)
    throws(InterchangeError) -> (String, TranslationState)
  {
    let at = SourceLocation(file: path, position: localization.position)
    guard let unit = localization.member("stringUnit"), let value = unit.member("value")?.string
    else {
      throw InterchangeError(
        at,
        "'\(key)': Salin reads a localization with a stringUnit (and substitutions); device or"
          + " plural variations at the top level are not supported")
    }
    let state: TranslationState =
      switch unit.member("state")?.string {
      case "new": .new
      case "needs_review", "stale": .needsReview
      default: .translated
      }
    guard let substitutions = localization.member("substitutions") else { return (value, state) }
    var plurals: [String: PluralMapping.Plural] = [:]
    for substitution in substitutions.members {
      var branches: [(category: String, value: String)] = []
      for variation in substitution.value.member("variations")?.member("plural")?.members ?? [] {
        guard let text = variation.value.member("stringUnit")?.member("value")?.string else {
          throw InterchangeError(
            SourceLocation(file: path, position: variation.value.position),
            "'\(key)': plural variation '\(variation.key)' has no stringUnit value")
        }
        branches.append((variation.key, text))
      }
      plurals[substitution.key] = PluralMapping.Plural(name: substitution.key, branches: branches)
    }
    guard let message = PluralMapping.message(format: value, plurals: plurals) else {
      throw InterchangeError(
        at, "'\(key)': the value uses a substitution the catalog does not define")
    }
    return (message, state)
  }
}

/// A message whose plurals map onto String Catalog substitutions, and back.
struct PluralMapping {
  struct Plural {
    var name: String
    var branches: [(category: String, value: String)]
  }

  /// The value with `%#@name@` for each plural and `%%` for `%`.
  var format: String
  var plurals: [Plural]

  /// Maps a message, or `nil` when it does not map exactly.
  init?(_ message: String) {
    let pieces = InlinePiece.pieces(of: message)
    var format = ""
    var plurals: [Plural] = []
    for piece in pieces {
      switch piece {
      case .text(let text): format += text.replacingPercent()
      case .placeholder: return nil
      case .choice(let choice):
        guard let name = Self.pluralName(choice.open), !plurals.contains(where: { $0.name == name })
        else { return nil }
        var branches: [(String, String)] = []
        for branch in choice.branches {
          let category = branch.open.dropFirst().dropLast(2)
          guard
            branch.open == " \(category) {",
            ["zero", "one", "two", "few", "many", "other"].contains(String(category))
          else { return nil }
          var value = ""
          for inner in branch.pieces {
            switch inner {
            case .text(let text): value += text.replacingPercent()
            case .placeholder("#"): value += "%arg"
            default: return nil
            }
          }
          branches.append((String(category), value))
        }
        guard choice.close == "}" else { return nil }
        plurals.append(Plural(name: name, branches: branches))
        format += "%#@\(name)@"
      }
    }
    guard !plurals.isEmpty,
      Self.message(
        format: format, plurals: Dictionary(uniqueKeysWithValues: plurals.map { ($0.name, $0) }))
        == message
    else { return nil }
    self.format = format
    self.plurals = plurals
  }

  /// The argument of a canonical `{name, plural,` opening.
  private static func pluralName(_ open: String) -> String? {
    guard open.hasPrefix("{"), open.hasSuffix(", plural,") else { return nil }
    let name = String(open.dropFirst().dropLast(9))
    return name.isEmpty || name.contains(where: { $0 == " " || $0 == "," || $0 == "@" })
      ? nil : name
  }

  /// The ICU message of a value and its substitutions, or `nil` if one is undefined.
  static func message(format: String, plurals: [String: Plural]) -> String? {
    var out = ""
    var rest = Substring(format)
    while let percent = rest.firstIndex(of: "%") {
      out += rest[..<percent]
      let after = rest[rest.index(after: percent)...]
      if after.hasPrefix("%") {
        out += "%"
        rest = after.dropFirst()
      } else if after.hasPrefix("#@"), let end = after.dropFirst(2).firstIndex(of: "@") {
        let name = String(after[after.index(after.startIndex, offsetBy: 2)..<end])
        guard let plural = plurals[name] else { return nil }
        out += "{\(name), plural,"
        for (category, value) in plural.branches {
          out += " \(category) {" + value.replacingArg() + "}"
        }
        out += "}"
        rest = after[after.index(after: end)...]
      } else {
        out += "%"
        rest = after
      }
    }
    return out + rest
  }
}

extension String {
  fileprivate func replacingPercent() -> String {
    split(separator: "%", omittingEmptySubsequences: false).joined(separator: "%%")
  }

  /// A branch value back to ICU: `%arg` → `#`, `%%` → `%`.
  fileprivate func replacingArg() -> String {
    var out = ""
    var rest = Substring(self)
    while let percent = rest.firstIndex(of: "%") {
      out += rest[..<percent]
      let after = rest[rest.index(after: percent)...]
      if after.hasPrefix("arg") {
        out += "#"
        rest = after.dropFirst(3)
      } else if after.hasPrefix("%") {
        out += "%"
        rest = after.dropFirst()
      } else {
        out += "%"
        rest = after
      }
    }
    return out + rest
  }
}
