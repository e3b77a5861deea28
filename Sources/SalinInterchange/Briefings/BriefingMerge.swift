public import SalinCatalog
public import SalinCore

/// Translations back into a briefing: each unit's target becomes the text unit's variant, with
/// `made-from` set to the fingerprint of the source the translator saw, and nothing else in the
/// briefing's YAML changes.
public enum BriefingMerge {
  /// What a merge did.
  public struct Result: Sendable {
    /// The briefing's new text.
    public var text: String
    /// IDs of the text units whose variant or fingerprint changed.
    public var changed: [String] = []
    /// Things worth telling (a translation still stale, catalog units left alone).
    public var notes: [String] = []
    /// The catalog units of the file, for `CatalogInterchange.importing`.
    public var catalogFile: TranslationFile?
  }

  /// Merges translations into a briefing's YAML.
  /// - Parameters:
  ///   - files: The files read from the translator's file.
  ///   - briefing: The briefing, loaded from `yaml`.
  ///   - yaml: The briefing's text.
  ///   - path: The briefing's path, for messages.
  /// - Returns: The new text and what changed.
  /// - Throws: `InterchangeError` at the unit that cannot be merged: an ID no text unit has, a
  ///   target language the briefing is not translated into, placeholders added, dropped or
  ///   renamed.
  public static func merge(
    _ files: [TranslationFile], into briefing: Briefing, yaml: String, path: String
  ) throws(InterchangeError) -> Result {
    let source = briefing.metadata.sourceLanguage
    let units = Dictionary(
      briefing.translatableUnits.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var editor = BriefingYAMLEditor(text: yaml)
    var result = Result(text: yaml)
    for file in files {
      let filePath = file.path ?? "input"
      if file.id == "catalog" {
        result.catalogFile = file
        continue
      }
      guard let target = file.targetLanguage else {
        throw InterchangeError(path: filePath, "the file names no target language")
      }
      guard target != source, briefing.metadata.languages.contains(target) else {
        throw InterchangeError(
          path: filePath,
          "the briefing is not translated into \(target) (its languages: "
            + briefing.metadata.languages.map(\.tag).joined(separator: ", ") + ")")
      }
      for unit in file.units {
        let at =
          unit.targetLocation ?? unit.location ?? SourceLocation(file: filePath, line: 1, column: 1)
        guard let textUnit = units[unit.id] else {
          throw InterchangeError(
            unit.location ?? at, "unit '\(unit.id)' is no text unit of the briefing \(path)")
        }
        guard let translation = unit.target, let current = textUnit.variants[source] else {
          continue
        }
        try checkPlaceholders(translation, source: current, unit: unit.id, at: at)
        // The fingerprint of the source the translator saw; a translation still marked for
        // review keeps the one it had, so it stays stale until someone confirms it.
        var fingerprint = textUnit.madeFrom[target]
        if unit.state != .needsReview && unit.state != .new {
          fingerprint = SourceFingerprint.of(unit.source.isEmpty ? current : unit.source)
        }
        if unit.source != current, !unit.source.isEmpty {
          result.notes.append(
            "\(unit.id): translated from another \(source) text than the briefing's; it stays stale"
          )
        }
        let variantChanged = textUnit.variants[target] != translation
        let fingerprintChanged = fingerprint != nil && fingerprint != textUnit.madeFrom[target]
        guard variantChanged || fingerprintChanged else { continue }
        guard let location = textUnit.location, let node = editor.unitNode(at: location) else {
          throw InterchangeError(at, "unit '\(unit.id)': cannot find it in \(path)")
        }
        if variantChanged { editor.set(target.tag, in: node, text: translation) }
        if let fingerprint, fingerprintChanged {
          var madeFrom = textUnit.madeFrom
          madeFrom[target] = fingerprint
          let text =
            "{"
            + madeFrom.keys.sorted().map { "\($0.tag): '\(madeFrom[$0] ?? "")'" }.joined(
              separator: ", ") + "}"
          editor.set("made-from", in: node, raw: text)
        }
        result.changed.append(unit.id)
      }
    }
    result.text = editor.result()
    return result
  }

  /// The same placeholders in the translation as in the source.
  static func checkPlaceholders(
    _ translation: String, source: String, unit: String, at: SourceLocation
  ) throws(InterchangeError) {
    let expected = Set(TextUnit.placeholders(in: source))
    let found = Set(TextUnit.placeholders(in: translation))
    guard expected != found else { return }
    let dropped = expected.subtracting(found).sorted()
    let added = found.subtracting(expected).sorted()
    let change =
      dropped.count == 1 && added.count == 1
      ? "renames the placeholder {\(dropped[0])} to {\(added[0])}"
      : [
        dropped.isEmpty ? nil : "drops " + dropped.map { "{\($0)}" }.joined(separator: ", "),
        added.isEmpty ? nil : "adds " + added.map { "{\($0)}" }.joined(separator: ", "),
      ].compactMap { $0 }.joined(separator: " and ")
    throw InterchangeError(
      at,
      "unit '\(unit)': the translation \(change); keep the source's placeholders "
        + expected.sorted().map { "{\($0)}" }.joined(separator: ", "))
  }
}
