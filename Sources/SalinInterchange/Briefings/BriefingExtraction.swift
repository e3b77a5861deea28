public import SalinCatalog
public import SalinCore

/// A briefing to translators: every text unit with its source, the current translation and its
/// state, notes on what each placeholder stands for, and the catalog entries the briefing uses.
public enum BriefingExtraction {
  /// The files to give a translator into `target`.
  /// - Parameters:
  ///   - briefing: The briefing.
  ///   - target: The language to translate into.
  ///   - catalogs: The catalogs its labels and messages come from.
  ///   - previousSource: Finds the source text a stale translation was made from (from the
  ///     briefing's history), given the unit and the recorded fingerprint.
  /// - Returns: The briefing's units (file ID: the briefing's ID) and, when the briefing uses
  ///   catalog keys, the catalog's (file ID `catalog`).
  public static func extract(
    _ briefing: Briefing, target: Language, catalogs: Catalogs?,
    previousSource: (TextUnit, String) -> String? = { _, _ in nil }
  ) -> [TranslationFile] {
    let source = briefing.metadata.sourceLanguage
    var units: [TranslationUnit] = []
    for textUnit in briefing.translatableUnits {
      guard let text = textUnit.variants[source] else { continue }
      var unit = TranslationUnit(
        id: textUnit.id, source: text, target: textUnit.variants[target],
        context: notes(for: textUnit, in: briefing, target: target))
      if textUnit.isStale(target, source: source), let recorded = textUnit.madeFrom[target] {
        unit.state = .needsReview
        unit.previousSource =
          previousSource(textUnit, recorded)
          ?? "(not found: the source text with fingerprint \(recorded) is not in the history)"
      }
      units.append(unit)
    }
    var files = [
      TranslationFile(
        id: briefing.metadata.id, sourceLanguage: source, targetLanguage: target, units: units,
        path: briefing.metadata.id)
    ]
    if let catalogs {
      var seen: Set<String> = []
      var catalogUnits: [TranslationUnit] = []
      for key in briefing.catalogKeys.map(\.key) where seen.insert(key).inserted {
        guard let entry = catalogs.entry(key, source) else { continue }
        let translation = catalogs.entry(key, target)
        catalogUnits.append(
          TranslationUnit(
            id: key, source: entry.source, target: translation?.source,
            state: translation.map { $0.state ?? .translated } ?? .new,
            sourceNote: entry.description, targetNote: translation?.description,
            variants: translation?.variants ?? [],
            allowsSameText: translation?.allowsSameText ?? false))
      }
      if !catalogUnits.isEmpty {
        files.append(
          TranslationFile(
            sourceLanguage: source, targetLanguage: target, units: catalogUnits,
            path: "\(target.tag).yaml"))
      }
    }
    return files
  }

  /// What each placeholder of a unit stands for, in words a translator can use.
  static func notes(for unit: TextUnit, in briefing: Briefing, target: Language) -> [String] {
    TextUnit.placeholders(in: unit.variants[briefing.metadata.sourceLanguage] ?? "").compactMap {
      name in
      guard let binding = unit.arguments[name] else { return nil }
      return "{\(name)}: " + describe(binding, in: briefing, target: target)
    }
  }

  private static func describe(_ binding: ArgumentBinding, in briefing: Briefing, target: Language)
    -> String
  {
    switch binding {
    case .fact(let path): return "the fact \(path.path)"
    case .entity(let reference): return entityName(reference, in: briefing, target: target)
    case .entities(let references):
      return "a list: "
        + references.map { entityName($0, in: briefing, target: target) }.joined(separator: "; ")
    case .message(let message): return "the catalog message \(message.key.key)"
    case .number(let value): return "the number \(value)"
    }
  }

  private static func entityName(
    _ reference: EntityReference, in briefing: Briefing, target: Language
  ) -> String {
    guard let entity = briefing.entities[reference.id] else { return "the entity \(reference.id)" }
    let source = briefing.metadata.sourceLanguage
    switch entity.kind {
    case .country(let code): return "the country \(code) (its name in \(target) comes from ICU)"
    case .person(let names, let role):
      let name = names[target] ?? names[source] ?? reference.id
      return "the person \(name)" + (role.map { ", with the title \($0.key)" } ?? "")
    case .organisation(let names, let acronyms):
      let name = names[target] ?? names[source] ?? reference.id
      let acronym = acronyms[target] ?? acronyms[source]
      return "the organisation \(name)" + (acronym.map { " (\($0))" } ?? "")
    }
  }
}
