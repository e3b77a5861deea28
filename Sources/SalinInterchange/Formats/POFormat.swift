public import SalinCore
import SalinDocuments

/// gettext PO and POT, through the project's one PO model (`POFile`).
///
/// The catalog key is the `msgctxt`, the source's ICU message the `msgid`, the translation the
/// `msgstr` (ICU plurals stay inside the message: gettext's `msgid_plural` cannot express a
/// plural that is only part of a message, or a select). The source's description is an
/// extracted comment (`#.`), the target's a translator comment (`#`), the source a stale
/// translation was made from the previous msgid (`#| msgid`). Needs review ↔ `fuzzy`. The header
/// carries `Language`, `X-Source-Language` and the locale's `Plural-Forms` from CLDR. PO cannot
/// hold variants, `untranslated: ok` or the final state: the export lists the entries that lose
/// them, and an import keeps them from the catalog.
enum POFormat {
  /// What a PO file holds.
  static let holds: InterchangeFields = [.source, .sourceNote, .targetNote, .workflowStates]

  static func write(_ files: [TranslationFile], template: Bool) -> (
    text: String, losses: [InterchangeLoss]
  ) {
    var po = POFile(path: "")
    var losses: [InterchangeLoss] = []
    let first = files.first
    let target = template ? nil : first?.targetLanguage
    var header = [
      "Project-Id-Version: \(first?.id ?? "catalog")",
      "Language: \(target.map { $0.tag.replacingHyphens() } ?? "")",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: 8bit",
    ]
    if let target, let forms = PluralForms.header(for: target) {
      header.append("Plural-Forms: \(forms)")
    }
    header.append("X-Source-Language: \(first?.sourceLanguage.tag ?? "")")
    header.append("X-Generator: salin")
    po.header = POEntry(msgid: "", msgstr: [header.map { $0 + "\n" }.joined()])
    for file in files {
      for unit in file.units {
        var entry = POEntry(
          context: unit.id, msgid: unit.source,
          msgstr: [template ? "" : unit.target ?? ""])
        entry.extractedComments =
          (unit.sourceNote.map { $0.split(separator: "\n").map(String.init) } ?? [])
          + unit.context.flatMap { $0.split(separator: "\n").map(String.init) }
        if !template {
          entry.translatorComments =
            unit.targetNote.map { $0.split(separator: "\n").map(String.init) } ?? []
          if unit.target != nil, unit.state == .needsReview || unit.state == .new {
            entry.isFuzzy = true
          }
          entry.previousMsgid = unit.previousSource
          if !unit.variants.isEmpty {
            losses.append(InterchangeLoss(unit: unit.id, what: "variants"))
          }
          if unit.allowsSameText {
            losses.append(InterchangeLoss(unit: unit.id, what: "untranslated: ok"))
          }
          if unit.target != nil, unit.state == .final {
            losses.append(
              InterchangeLoss(unit: unit.id, what: "the final state (written as translated)"))
          }
          if unit.target != nil, unit.state == .new {
            losses.append(InterchangeLoss(unit: unit.id, what: "the new state (written as fuzzy)"))
          }
        }
        po.entries.append(entry)
      }
    }
    return (po.text, losses)
  }

  static func read(_ bytes: [UInt8], path: String) throws(InterchangeError) -> [TranslationFile] {
    let po: POFile
    do {
      po = try POFile.parse(bytes: bytes, path: path)
    } catch {
      if case .malformedPO(_, let line, let column, let message) = error {
        throw InterchangeError(
          path: path, line: line, column: column, "not a valid PO file: \(message)")
      }
      throw InterchangeError(path: path, "\(error)")
    }
    var units: [TranslationUnit] = []
    // A file with no msgctxt at all was rewritten by a tool that drops it (translate-toolkit's
    // xliff2po): its msgids stand in, and the import finds each key by its source text.
    let keyless = !po.entries.contains { $0.context != nil }
    for entry in po.entries where !entry.isObsolete {
      let location = entry.location
      guard let context = entry.context?.text ?? (keyless ? entry.msgid.text : nil) else {
        throw InterchangeError(
          entry.location ?? SourceLocation(file: path, line: 1, column: 1),
          "entry \"\(entry.msgid.text.prefix(40))\" has no msgctxt: Salin's PO files carry the"
            + " catalog key as msgctxt")
      }
      if let plural = entry.msgidPlural {
        throw InterchangeError(
          plural.location ?? SourceLocation(file: path, line: 1, column: 1),
          "entry '\(context)' uses gettext plural forms (msgid_plural); Salin keeps plurals in"
            + " the ICU message ({n, plural, one {…} other {…}}) in msgid and msgstr")
      }
      let text = entry.msgstr.first?.text ?? ""
      var unit = TranslationUnit(
        id: context, source: entry.msgid.text, target: text.isEmpty ? nil : text,
        location: location, targetLocation: entry.msgstr.first?.location)
      if unit.target != nil { unit.state = entry.isFuzzy ? .needsReview : .translated }
      if !entry.extractedComments.isEmpty {
        unit.sourceNote = entry.extractedComments.joined(separator: "\n")
      }
      if !entry.translatorComments.isEmpty {
        unit.targetNote = entry.translatorComments.joined(separator: "\n")
      }
      unit.previousSource = entry.previousMsgid
      units.append(unit)
    }
    var file = TranslationFile(
      id: po.headerField("Project-Id-Version") ?? "catalog",
      sourceLanguage: Language(po.headerField("X-Source-Language") ?? ""),
      targetLanguage: po.language, units: units, path: path)
    file.holds = holds
    if po.headerField("X-Source-Language") == nil { file.holds.remove(.source) }
    // A tool that rewrote the file may have dropped translator comments; their absence must not
    // erase the catalog's descriptions.
    if !units.contains(where: { $0.targetNote != nil }) { file.holds.remove(.targetNote) }
    return [file]
  }
}

extension String {
  /// `pt-BR` as gettext writes it, `pt_BR`.
  func replacingHyphens() -> String { String(map { $0 == "-" ? "_" : $0 }) }
}
