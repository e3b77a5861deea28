public import SalinCore
import SalinDocuments

/// XLIFF 2.0 (OASIS Standard, core and the Metadata module): Salin's default interchange format.
///
/// One `<file>` per `TranslationFile`, one `<unit>` per entry with one `<segment>`. Descriptions
/// are `<note category="description">` (`appliesTo` says whose), Salin's notes for translators
/// `category="salin:context"`, the source a stale translation was made from
/// `category="salin:previous-source"`. Variants and `untranslated: ok` travel in
/// `<mda:metadata>`. Placeholders are protected codes: `<ph>` for `{name}` and `#`, `<pc>` for a
/// plural or select and each of its branches, their text in `<originalData>`. States:
/// new ↔ `initial`, needs review ↔ `initial` with `subState="salin:needs-review"`,
/// translated ↔ `translated`, final ↔ `final` (`reviewed` is read as translated).
public enum XLIFF2 {
  /// The XLIFF 2.0 namespace.
  public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
  /// The Metadata module's namespace.
  public static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

  /// Writes files as one XLIFF 2.0 document.
  /// - Parameter files: The files; all share the first one's languages.
  /// - Returns: The document's text (XLIFF holds everything Salin has: nothing is lost).
  public static func write(_ files: [TranslationFile]) -> String {
    var xml = XMLWriter()
    let first = files.first
    xml.start(
      "xliff",
      [
        "xmlns": namespace, "xmlns:mda": metadataNamespace, "version": "2.0",
        "srcLang": first?.sourceLanguage.tag ?? "en", "trgLang": first?.targetLanguage?.tag,
      ])
    for file in files {
      xml.start("file", ["id": XMLID.encode(file.id), "original": file.path])
      for unit in file.units { write(unit, to: &xml) }
      xml.end()
    }
    xml.end()
    return xml.text
  }

  private static func write(_ unit: TranslationUnit, to xml: inout XMLWriter) {
    let id = XMLID.encode(unit.id)
    xml.start("unit", ["id": id, "name": id == unit.id ? nil : unit.id])
    if !unit.variants.isEmpty || unit.allowsSameText {
      xml.start("mda:metadata")
      xml.start("mda:metaGroup", ["category": "salin", "appliesTo": "target"])
      for variant in unit.variants { xml.element("mda:meta", ["type": "variant"], text: variant) }
      if unit.allowsSameText { xml.element("mda:meta", ["type": "untranslated"], text: "ok") }
      xml.end()
      xml.end()
    }
    let notes: [(String, String?, String)] =
      [
        unit.sourceNote.map { ("description", "source", $0) },
        unit.targetNote.map { ("description", "target", $0) },
        unit.previousSource.map { ("salin:previous-source", "source", $0) },
      ].compactMap { $0 } + unit.context.map { ("salin:context", nil, $0) }
    if !notes.isEmpty {
      xml.start("notes")
      for (category, appliesTo, text) in notes {
        xml.element("note", ["category": category, "appliesTo": appliesTo], text: text)
      }
      xml.end()
    }
    var codes = InlineCodes()
    let source = inline(InlinePiece.pieces(of: unit.source), codes: &codes, inTarget: false)
    let target = unit.target.map {
      inline(InlinePiece.pieces(of: $0), codes: &codes, inTarget: true)
    }
    if !codes.data.isEmpty {
      xml.start("originalData")
      for (dataID, text) in codes.data { xml.element("data", ["id": dataID], text: text) }
      xml.end()
    }
    let (state, subState): (String, String?) =
      switch unit.state {
      case .new: ("initial", nil)
      case .needsReview: ("initial", "salin:needs-review")
      case .translated: ("translated", nil)
      case .final: ("final", nil)
      }
    xml.start("segment", ["state": unit.target == nil ? "initial" : state, "subState": subState])
    xml.inline("source", xml: source)
    if let target { xml.inline("target", xml: target) }
    xml.end()
    xml.end()
  }

  /// Writes pieces as XLIFF 2.0 inline content.
  private static func inline(
    _ pieces: [InlinePiece], codes: inout InlineCodes, inTarget: Bool
  ) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += XMLWriter.escape(text)
      case .placeholder(let raw):
        let data = codes.dataID(raw)
        let id = codes.codeID(for: raw, inTarget: inTarget)
        out +=
          "<ph id=\"\(id)\" dataRef=\"\(data)\" disp=\"\(XMLWriter.escape(raw, attribute: true))\""
          + " canDelete=\"no\"/>"
      case .choice(let choice):
        let start = codes.dataID(choice.open)
        let end = codes.dataID(choice.close)
        let id = codes.codeID(for: choice.open + "\u{0}" + choice.close, inTarget: inTarget)
        out +=
          "<pc id=\"\(id)\" dataRefStart=\"\(start)\" dataRefEnd=\"\(end)\" canDelete=\"no\""
          + " canOverlap=\"no\">"
        for branch in choice.branches {
          let branchStart = codes.dataID(branch.open)
          let branchEnd = codes.dataID(branch.close)
          let branchID = codes.codeID(
            for: choice.open + "\u{0}" + branch.open, inTarget: inTarget)
          out +=
            "<pc id=\"\(branchID)\" dataRefStart=\"\(branchStart)\" dataRefEnd=\"\(branchEnd)\""
            + " canOverlap=\"no\">"
          out += inline(branch.pieces, codes: &codes, inTarget: inTarget)
          out += "</pc>"
        }
        out += "</pc>"
      }
    }
    return out
  }
}
