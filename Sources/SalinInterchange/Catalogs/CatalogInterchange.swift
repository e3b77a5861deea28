public import SalinCatalog
public import SalinCore

/// Catalogs to interchange files and back: an export pairs a target locale's entries with the
/// source locale's; an import checks each translation and writes it into the target catalog's
/// YAML, changing only the entries whose content changed.
public enum CatalogInterchange {
  /// The units of a target locale against a source locale, in the source catalog's order.
  /// - Parameters:
  ///   - source: The source locale's catalog.
  ///   - target: The target locale's catalog, if it exists.
  ///   - targetLanguage: The target language; `nil` for a template.
  /// - Returns: The file, and the target's entries that could not be exported (keys the source
  ///   lacks have no source text).
  public static func export(
    source: CatalogFile, target: CatalogFile?, targetLanguage: Language?
  ) -> (file: TranslationFile, losses: [InterchangeLoss]) {
    var units: [TranslationUnit] = []
    let translations = Dictionary(
      (target?.entries ?? []).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    for entry in source.entries {
      let translation = translations[entry.key]
      units.append(
        TranslationUnit(
          id: entry.key, source: entry.source, target: translation?.source,
          state: translation.map { $0.state ?? .translated } ?? .new,
          sourceNote: entry.description, targetNote: translation?.description,
          variants: translation?.variants ?? [],
          allowsSameText: translation?.allowsSameText ?? false))
    }
    let sourceKeys = Set(source.entries.map(\.key))
    let losses = (target?.entries ?? []).filter { !sourceKeys.contains($0.key) }.map {
      InterchangeLoss(
        unit: $0.key, what: "an entry the \(source.language) catalog lacks (no source text)")
    }
    return (
      TranslationFile(
        sourceLanguage: source.language, targetLanguage: targetLanguage, units: units,
        path: String((target?.path ?? source.path).split(separator: "/").last ?? "")),
      losses
    )
  }

  /// What an import did.
  public struct ImportResult: Sendable {
    /// The target catalog's new text.
    public var text: String
    /// Keys whose entry changed.
    public var changed: [String] = []
    /// Keys added.
    public var added: [String] = []
    /// Things worth telling: translations kept because the file had none, states read
    /// differently, sources that changed.
    public var notes: [String] = []
  }

  /// Gives units back their keys when a tool renumbered them all.
  ///
  /// translate-toolkit's po2xliff and xliff2po drop `msgctxt` and `resname`: each unit's source
  /// text must then be the message of exactly one source entry. A file in which any unit ID is a key is left alone, so that an
  /// unknown ID among keys stays an error.
  /// - Returns: Whether keys were recovered.
  static func recoverKeys(_ units: inout [TranslationUnit], source: CatalogFile, path: String)
    throws(InterchangeError) -> Bool
  {
    let keys = Set(source.entries.map(\.key))
    guard !units.isEmpty, !units.contains(where: { keys.contains($0.id) }),
      units.allSatisfy({ !$0.source.isEmpty })
    else { return false }
    var keysBySource: [String: [String]] = [:]
    for entry in source.entries { keysBySource[entry.source, default: []].append(entry.key) }
    for index in units.indices {
      let unit = units[index]
      let at = unit.location ?? SourceLocation(file: path, line: 1, column: 1)
      let keys = keysBySource[unit.source] ?? []
      guard keys.count == 1 else {
        throw InterchangeError(
          at,
          keys.isEmpty
            ? "unit '\(unit.id)' is no key of the \(source.language) catalog, and no entry's text"
              + " is its source \"\(unit.source.prefix(60))\""
            : "unit '\(unit.id)' has no catalog key, and its source \"\(unit.source.prefix(60))\""
              + " is the text of several entries (" + keys.joined(separator: ", ")
              + "); keep the keys (msgctxt, resname) in the file")
      }
      units[index].id = keys[0]
    }
    return true
  }

  /// Checks a file's translations and writes them into the target catalog.
  /// - Parameters:
  ///   - file: The translations read from an interchange file.
  ///   - source: The source locale's catalog, which says what keys exist and what each
  ///     message's placeholders are.
  ///   - target: The target catalog as it is now, if it exists.
  ///   - targetText: Its text (the same bytes `target` was read from).
  ///   - targetPath: Where the target catalog is (or will be), for its name's language.
  /// - Returns: The new catalog text and what changed.
  /// - Throws: `InterchangeError` at the unit that cannot be imported: an ID no source entry
  ///   has, a translation whose syntax breaks, placeholders added, dropped or renamed, a target
  ///   language that is not the catalog's.
  public static func importing(
    _ file: TranslationFile, source: CatalogFile, target: CatalogFile?, targetText: String?,
    targetPath: String
  ) throws(InterchangeError) -> ImportResult {
    let path = file.path ?? "input"
    guard let language = file.targetLanguage ?? target?.language else {
      throw InterchangeError(path: path, "the file names no target language")
    }
    if let named = Language.declared(byFileName: targetPath, allowsBareTag: true),
      !InterchangeReader.sameLanguage(named, language)
    {
      throw InterchangeError(
        path: path,
        "the file's target language is \(language) but the catalog \(targetPath) is \(named)")
    }
    let fileSource = file.sourceLanguage.tag.lowercased()
    let catalogSource = source.language.tag.lowercased()
    // en-US source text imports against an en catalog (translate-toolkit writes en-US).
    if file.holds.contains(.source), fileSource != catalogSource,
      !fileSource.hasPrefix(catalogSource + "-"), !catalogSource.hasPrefix(fileSource + "-")
    {
      throw InterchangeError(
        path: path,
        "the file's source language is \(file.sourceLanguage) but the source catalog"
          + " \(source.path) is \(source.language); pass --source \(file.sourceLanguage)")
    }
    var result = ImportResult(text: targetText ?? "")
    var updates: [String: CatalogEntryFields] = [:]
    var seen: Set<String> = []
    var units = file.units
    let sourceEntries = Dictionary(
      source.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    let targetEntries = Dictionary(
      (target?.entries ?? []).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    if try recoverKeys(&units, source: source, path: path) {
      result.notes.append(
        "the file has no catalog keys (a tool renumbered its units); each unit's key was found"
          + " by its \(source.language) text")
    }
    for unit in units {
      let at =
        unit.targetLocation ?? unit.location ?? SourceLocation(file: path, line: 1, column: 1)
      guard let sourceEntry = sourceEntries[unit.id] else {
        throw InterchangeError(
          unit.location ?? at,
          "unit '\(unit.id)' is no key of the \(source.language) catalog (\(source.path));"
            + " Salin imports only keys its source catalog has")
      }
      guard seen.insert(unit.id).inserted else {
        throw InterchangeError(unit.location ?? at, "unit '\(unit.id)' appears twice")
      }
      let existing = targetEntries[unit.id]
      guard let message = unit.target else {
        if existing != nil {
          result.notes.append(
            "\(unit.id): the file has no translation; kept the catalog's")
        }
        continue
      }
      try MessageCheck.check(
        translation: message, source: sourceEntry.source, unit: unit.id, at: at)
      var state = unit.state
      if !file.holds.contains(.finalState), state == .translated, existing?.state == .final,
        existing?.source == message
      {
        state = .final
      }
      if !file.holds.contains(.workflowStates), let old = existing?.state,
        [.new, .needsReview].contains(old), existing?.source == message
      {
        state = old
      }
      if file.holds.contains(.source), !unit.source.isEmpty, unit.source != sourceEntry.source,
        state != .new
      {
        state = .needsReview
        result.notes.append(
          "\(unit.id): translated from a different \(source.language) text than the catalog's;"
            + " imported as needs-review")
      }
      let fields = CatalogEntryFields(
        key: unit.id, message: message,
        description: file.holds.contains(.targetNote) ? unit.targetNote : existing?.description,
        variants: file.holds.contains(.variants) ? unit.variants : existing?.variants ?? [],
        allowsSameText: file.holds.contains(.allowsSameText)
          ? unit.allowsSameText : existing?.allowsSameText ?? false,
        state: state)
      if let existing {
        let current = CatalogEntryFields(
          key: existing.key, message: existing.source, description: existing.description,
          variants: existing.variants, allowsSameText: existing.allowsSameText,
          state: existing.state)
        if current != fields {
          updates[unit.id] = fields
          result.changed.append(unit.id)
        }
      } else {
        updates[unit.id] = fields
        result.added.append(unit.id)
      }
    }
    if let target, let targetText {
      result.text = CatalogEditor.apply(
        updates, to: targetText, catalog: target, order: source.entries.map(\.key))
    } else {
      result.text = CatalogYAML.file(
        language: language, entries: source.entries.compactMap { updates[$0.key] })
    }
    return result
  }
}
