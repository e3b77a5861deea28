public import SalinCore
import SalinDocuments

extension XLIFF2 {
  /// Reads an XLIFF 2.0 document.
  /// - Parameters:
  ///   - root: The parsed `<xliff>` element (see `InterchangeReader`).
  ///   - path: The file's path, for locations.
  /// - Returns: One `TranslationFile` per `<file>`.
  /// - Throws: `InterchangeError` at the element that cannot be read.
  static func read(_ root: XMLElement, path: String) throws(InterchangeError) -> [TranslationFile] {
    let reader = ElementReader(path: path)
    guard let source = try reader.language(of: root, "srcLang") else {
      throw reader.error(at: root, "<xliff> has no srcLang attribute")
    }
    let target = try reader.language(of: root, "trgLang")
    var files: [TranslationFile] = []
    for file in root.elements("file") {
      var units: [TranslationUnit] = []
      try collectUnits(in: file, into: &units, reader: reader)
      var translationFile = TranslationFile(
        id: file.attribute("id") ?? "catalog", sourceLanguage: source,
        targetLanguage: target, units: units, path: path)
      translationFile.holds = InterchangeFields.present(in: units)
      files.append(translationFile)
    }
    return files
  }

  private static func collectUnits(
    in element: XMLElement, into units: inout [TranslationUnit], reader: ElementReader
  ) throws(InterchangeError) {
    for child in element.elements {
      guard child.namespace == namespace else { continue }
      switch child.name {
      case "group": try collectUnits(in: child, into: &units, reader: reader)
      case "unit": units.append(try unit(child, reader: reader))
      default: continue
      }
    }
  }

  private static func unit(_ element: XMLElement, reader: ElementReader) throws(InterchangeError)
    -> TranslationUnit
  {
    guard let xmlID = element.attribute("id") else {
      throw reader.error(at: element, "<unit> has no id")
    }
    let id = element.attribute("name") ?? xmlID
    var data: [String: String] = [:]
    for original in element.elements("originalData") {
      for item in original.elements("data") {
        if let dataID = item.attribute("id") { data[dataID] = item.text }
      }
    }
    var unit = TranslationUnit(id: id, source: "", location: reader.location(of: element))
    for note in element.elements("notes").flatMap({ $0.elements("note") }) {
      switch (note.attribute("category"), note.attribute("appliesTo")) {
      case ("description", "target"): unit.targetNote = note.text
      case ("description", _): unit.sourceNote = note.text
      case ("salin:previous-source", _): unit.previousSource = note.text
      case ("salin:context", _): unit.context.append(note.text)
      default: unit.context.append(note.text)
      }
    }
    for metadata in element.elements where metadata.namespace == metadataNamespace {
      for group in metadata.elements where group.attribute("category") == "salin" {
        for meta in group.elements {
          switch meta.attribute("type") {
          case "variant": unit.variants.append(meta.text)
          case "untranslated": unit.allowsSameText = meta.text == "ok"
          default: break
          }
        }
      }
    }
    var source = ""
    var target: String?
    var state: (String, String?)?
    for part in element.elements where part.namespace == namespace {
      guard part.name == "segment" || part.name == "ignorable" else { continue }
      if let sourceElement = part.elements("source").first {
        source += try inline(sourceElement, data: data, unit: id, reader: reader)
      }
      if let targetElement = part.elements("target").first {
        if unit.targetLocation == nil { unit.targetLocation = reader.location(of: targetElement) }
        target =
          (target ?? "") + (try inline(targetElement, data: data, unit: id, reader: reader))
      } else if part.name == "ignorable", target != nil,
        let sourceElement = part.elements("source").first
      {
        target? += try inline(sourceElement, data: data, unit: id, reader: reader)
      }
      if part.name == "segment", state == nil {
        state = (part.attribute("state") ?? "initial", part.attribute("subState"))
      }
    }
    unit.source = source
    unit.target = target
    switch (state?.0, state?.1) {
    case ("initial", "salin:needs-review"): unit.state = .needsReview
    case ("translated", _), ("reviewed", _): unit.state = .translated
    case ("final", _): unit.state = .final
    default: unit.state = .new
    }
    if target == nil { unit.state = .new }
    return unit
  }

  /// The raw message of an inline element: text, and each code's original data.
  static func inline(
    _ element: XMLElement, data: [String: String], unit: String, reader: ElementReader
  ) throws(InterchangeError) -> String {
    var out = ""
    for child in element.children {
      switch child {
      case .text(let text): out += text
      case .element(let code):
        func original(_ attribute: String) throws(InterchangeError) -> String {
          guard let ref = code.attribute(attribute), let text = data[ref] else {
            throw reader.error(
              at: code,
              "unit '\(unit)': inline code <\(code.name) id=\"\(code.attribute("id") ?? "")\">"
                + " has no original data (\(attribute)); keep the codes Salin wrote")
          }
          return text
        }
        switch code.name {
        case "ph", "sc", "ec": out += try original("dataRef")
        case "pc":
          out += try original("dataRefStart")
          out += try inline(code, data: data, unit: unit, reader: reader)
          out += try original("dataRefEnd")
        case "cp":
          guard let hex = code.attribute("hex"), let value = UInt32(hex, radix: 16),
            let scalar = Unicode.Scalar(value)
          else { throw reader.error(at: code, "unit '\(unit)': <cp> needs a hex code point") }
          out.unicodeScalars.append(scalar)
        case "mrk": out += try inline(code, data: data, unit: unit, reader: reader)
        case "sm", "em": break
        default:
          throw reader.error(at: code, "unit '\(unit)': unexpected <\(code.name)> in the text")
        }
      }
    }
    return out
  }
}

/// Locations and errors for elements of one file.
struct ElementReader {
  let path: String
  var namespace = XLIFF2.namespace

  func location(of element: XMLElement) -> SourceLocation {
    SourceLocation(file: path, position: element.position)
  }

  func error(at element: XMLElement, _ message: String) -> InterchangeError {
    InterchangeError(location(of: element), message)
  }

  /// A language attribute, checked as every tag Salin reads is (`Language(validating:)`): an
  /// XLIFF file's `en_US` became a language no catalog or locale matched.
  /// - Returns: The language, or `nil` when the attribute is missing or empty.
  func language(of element: XMLElement, _ attribute: String) throws(InterchangeError) -> Language? {
    guard let tag = element.attribute(attribute), !tag.isEmpty else { return nil }
    do {
      return try Language(validating: tag)
    } catch {
      throw self.error(at: element, "\(attribute): \(error)")
    }
  }
}
