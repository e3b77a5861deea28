public import SalinCore
import SalinDocuments

/// XLIFF 1.2 (OASIS Standard, strict schema), still what many tools read.
///
/// One `<file>` per `TranslationFile`, one `<trans-unit xml:space="preserve">` per entry.
/// Descriptions are `<note from="description" annotates="source|target">`; Salin's notes
/// `from="salin:context"` and `from="salin:previous-source"`; variants and `untranslated: ok`
/// are `<context>`s of a `<context-group name="salin">` (`context-type="x-salin-variant"`,
/// `"x-salin-untranslated"`). Placeholders are `<ph>` with the placeholder as native code; a
/// plural or select and each branch are `<bpt>`/`<ept>` pairs. States: new ↔ `new`,
/// needs review ↔ `needs-review-translation`, translated ↔ `translated`, final ↔ `final`
/// (`signed-off` is read as final, `needs-translation` as new, other `needs-*` as needs review).
public enum XLIFF12 {
  /// The XLIFF 1.2 namespace.
  public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

  /// Writes files as one XLIFF 1.2 document.
  /// - Parameter files: The files.
  /// - Returns: The document's text (nothing is lost).
  public static func write(_ files: [TranslationFile]) -> String {
    var xml = XMLWriter()
    xml.start("xliff", ["xmlns": namespace, "version": "1.2"])
    for file in files {
      xml.start(
        "file",
        [
          "original": file.path ?? file.id, "source-language": file.sourceLanguage.tag,
          "target-language": file.targetLanguage?.tag, "datatype": "x-icu-messageformat",
          "product-name": file.id == "catalog" ? nil : file.id,
        ])
      xml.start("body")
      for unit in file.units { write(unit, to: &xml) }
      xml.end()
      xml.end()
    }
    xml.end()
    return xml.text
  }

  private static func write(_ unit: TranslationUnit, to xml: inout XMLWriter) {
    // translate-toolkit (and so Weblate, Pootle) reads a unit that is not approved as fuzzy.
    let approved = unit.target != nil && (unit.state == .translated || unit.state == .final)
    xml.start(
      "trans-unit",
      [
        "id": unit.id, "resname": unit.id, "approved": approved ? "yes" : nil,
        "xml:space": "preserve",
      ])
    var codes = InlineCodes()
    xml.inline(
      "source", xml: inline(InlinePiece.pieces(of: unit.source), codes: &codes, target: false))
    if let target = unit.target {
      let state: String =
        switch unit.state {
        case .new: "new"
        case .needsReview: "needs-review-translation"
        case .translated: "translated"
        case .final: "final"
        }
      xml.inline(
        "target", ["state": state],
        xml: inline(InlinePiece.pieces(of: target), codes: &codes, target: true))
    }
    let notes: [(String, String, String)] =
      [
        unit.sourceNote.map { ("description", "source", $0) },
        unit.targetNote.map { ("description", "target", $0) },
        unit.previousSource.map { ("salin:previous-source", "source", $0) },
      ].compactMap { $0 } + unit.context.map { ("salin:context", "general", $0) }
    for (from, annotates, text) in notes {
      xml.element("note", ["from": from, "annotates": annotates], text: text)
    }
    if !unit.variants.isEmpty || unit.allowsSameText {
      xml.start("context-group", ["name": "salin:" + unit.id, "purpose": "information"])
      for variant in unit.variants {
        xml.element("context", ["context-type": "x-salin-variant"], text: variant)
      }
      if unit.allowsSameText {
        xml.element("context", ["context-type": "x-salin-untranslated"], text: "ok")
      }
      xml.end()
    }
    xml.end()
  }

  private static func inline(_ pieces: [InlinePiece], codes: inout InlineCodes, target: Bool)
    -> String
  {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += XMLWriter.escape(text)
      case .placeholder(let raw):
        let id = codes.codeID(for: raw, inTarget: target)
        out += "<ph id=\"\(id)\">\(XMLWriter.escape(raw))</ph>"
      case .choice(let choice):
        let id = codes.codeID(for: choice.open + "\u{0}" + choice.close, inTarget: target)
        out += "<bpt id=\"\(id)\">\(XMLWriter.escape(choice.open))</bpt>"
        for branch in choice.branches {
          let branchID = codes.codeID(for: choice.open + "\u{0}" + branch.open, inTarget: target)
          out += "<bpt id=\"\(branchID)\">\(XMLWriter.escape(branch.open))</bpt>"
          out += inline(branch.pieces, codes: &codes, target: target)
          out += "<ept id=\"\(branchID)\">\(XMLWriter.escape(branch.close))</ept>"
        }
        out += "<ept id=\"\(id)\">\(XMLWriter.escape(choice.close))</ept>"
      }
    }
    return out
  }

  /// The XLIFF 1.1 namespace, which translate-toolkit's po2xliff still writes; 1.1 and 1.2
  /// differ in nothing Salin reads.
  public static let namespace11 = "urn:oasis:names:tc:xliff:document:1.1"

  /// Reads an XLIFF 1.2 (or 1.1) document.
  static func read(_ root: XMLElement, path: String) throws(InterchangeError) -> [TranslationFile] {
    let reader = ElementReader(path: path, namespace: root.namespace)
    var files: [TranslationFile] = []
    for file in root.elements("file") {
      guard let source = try reader.language(of: file, "source-language") else {
        throw reader.error(at: file, "<file> has no source-language attribute")
      }
      let target = try reader.language(of: file, "target-language")
      var units: [TranslationUnit] = []
      for body in file.elements("body") { try collect(body, into: &units, reader: reader) }
      var translationFile = TranslationFile(
        id: file.attribute("product-name") ?? "catalog", sourceLanguage: source,
        targetLanguage: target, units: units, path: path)
      translationFile.holds = InterchangeFields.present(in: units)
      files.append(translationFile)
    }
    return files
  }

  private static func collect(
    _ element: XMLElement, into units: inout [TranslationUnit], reader: ElementReader
  ) throws(InterchangeError) {
    for child in element.elements where child.namespace == reader.namespace {
      if child.name == "group" { try collect(child, into: &units, reader: reader) }
      guard child.name == "trans-unit", child.attribute("restype") != "x-gettext-domain-header"
      else { continue }
      guard let xmlID = child.attribute("id") else {
        throw reader.error(at: child, "<trans-unit> has no id")
      }
      let id = child.attribute("resname") ?? xmlID
      var unit = TranslationUnit(id: id, source: "", location: reader.location(of: child))
      if let source = child.elements("source").first {
        unit.source = try inline(source, unit: id, reader: reader)
      }
      if let target = child.elements("target").first {
        unit.target = try inline(target, unit: id, reader: reader)
        unit.targetLocation = reader.location(of: target)
        let approved = child.attribute("approved") == "yes"
        switch target.attribute("state") {
        case "new", "needs-translation": unit.state = .new
        case "translated": unit.state = .translated
        case "final", "signed-off": unit.state = .final
        case let state? where state.hasPrefix("needs-"): unit.state = .needsReview
        default: unit.state = approved ? .final : .translated
        }
      }
      for note in child.elements("note") {
        switch (note.attribute("from"), note.attribute("annotates")) {
        case ("description", "target"): unit.targetNote = note.text
        case ("description", _): unit.sourceNote = note.text
        case ("salin:previous-source", _): unit.previousSource = note.text
        default: unit.context.append(note.text)
        }
      }
      for group in child.elements("context-group")
      where group.attribute("name")?.hasPrefix("salin") == true {
        for context in group.elements("context") {
          switch context.attribute("context-type") {
          case "x-salin-variant": unit.variants.append(context.text)
          case "x-salin-untranslated": unit.allowsSameText = context.text == "ok"
          default: break
          }
        }
      }
      units.append(unit)
    }
  }

  private static func inline(_ element: XMLElement, unit: String, reader: ElementReader)
    throws(InterchangeError) -> String
  {
    var out = ""
    for child in element.children {
      switch child {
      case .text(let text): out += text
      case .element(let code):
        switch code.name {
        case "ph", "bpt", "ept", "it": out += code.text
        case "g", "mrk": out += try inline(code, unit: unit, reader: reader)
        case "x", "bx", "ex":
          throw reader.error(
            at: code,
            "unit '\(unit)': <\(code.name) id=\"\(code.attribute("id") ?? "")\"> carries no"
              + " native code, so Salin cannot tell what it stands for; keep the codes Salin wrote")
        default:
          throw reader.error(at: code, "unit '\(unit)': unexpected <\(code.name)> in the text")
        }
      }
    }
    return out
  }
}
