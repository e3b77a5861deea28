public import Foundation
public import SalinCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TBX (ISO 30042) into a termbase: TBX v3 (`<tbx>`: `conceptEntry` / `langSec` /
/// `termSec`, TBX-Basic and TBX-Min dialects), TBX v2 (`<martif>`: `termEntry` / `langSet` /
/// `tig`), and TBX-Min's own format (`entry` / `langGroup` / `termGroup` / `termStatus`).
///
/// A term's status is its `administrativeStatus` term note (`preferredTerm-admn-sts`,
/// `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`) or TBX-Min's
/// `termStatus` (preferred, admitted, notRecommended, obsolete); a term without one is admitted.
/// A concept's note is its `definition` or `note`; its source its `source` admin or descrip.
/// The XML is parsed by Foundation's `XMLParser` (libxml2), never by string matching.
public enum TBXReader {
  /// Reads a TBX document.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The file name for error locations.
  /// - Returns: The termbase.
  /// - Throws: `TermbaseError` at the line and column of malformed XML or TBX.
  public static func read(_ data: Data, path: String) throws(TermbaseError) -> Termbase {
    let parser = XMLParser(data: data)
    let delegate = TBXParserDelegate(path: path, parser: parser)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    let ok = parser.parse()
    if let error = delegate.error { throw error }
    if ok, let unclosed = delegate.unclosed {
      throw TermbaseError(
        "<\(unclosed)> is never closed: the XML is not well-formed",
        at: SourceLocation(
          file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
    }
    guard ok else {
      let reason = (parser.parserError as NSError?)?.localizedDescription ?? "malformed XML"
      throw TermbaseError(
        "malformed XML: \(reason)",
        at: SourceLocation(
          file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
    }
    guard delegate.sawRoot else {
      throw TermbaseError(
        "not TBX: the root element is not <tbx>, <martif> or <TBX>",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return Termbase(concepts: delegate.concepts)
  }
}

/// Collects concepts while `XMLParser` walks the document.
private final class TBXParserDelegate: NSObject, XMLParserDelegate {
  let path: String
  unowned let parser: XMLParser
  var concepts: [Concept] = []
  var error: TermbaseError?
  var sawRoot = false

  private var concept: Concept?
  private var language: Language?
  private var term: String?
  private var status: TermStatus?
  private var isShortForm = false
  private var text = ""
  private var capturing: String?
  private var ids: Set<String> = []
  private var depth = 0
  /// The open elements: Foundation's parser on Linux recovers from a mismatched end tag, so the
  /// reader checks nesting itself.
  private var open: [String] = []

  /// The first element still open when the document ended, if any.
  var unclosed: String? { open.first }

  init(path: String, parser: XMLParser) {
    self.path = path
    self.parser = parser
  }

  private var here: SourceLocation {
    SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
  }

  private func fail(_ message: String) {
    guard error == nil else { return }
    error = TermbaseError(message, at: here)
    parser.abortParsing()
  }

  private static func local(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let name = Self.local(elementName)
    depth += 1
    open.append(elementName)
    if depth == 1 {
      guard ["tbx", "martif", "TBX"].contains(name) else {
        fail("not TBX: the root element is <\(elementName)>, not <tbx>, <martif> or <TBX>")
        return
      }
      sawRoot = true
      return
    }
    switch name {
    case "conceptEntry", "termEntry", "entry":
      guard concept == nil else { return fail("<\(name)> inside another concept entry") }
      let id = attributes["id"] ?? "c\(concepts.count + 1)"
      guard ids.insert(id).inserted else { return fail("concept id '\(id)' is used twice") }
      concept = Concept(id: id, location: here)
    case "langSec", "langSet", "langGroup":
      guard concept != nil else { return fail("<\(name)> outside a concept entry") }
      guard let tag = attributes["xml:lang"] ?? attributes["lang"], !tag.isEmpty else {
        return fail("<\(name)> needs an xml:lang attribute")
      }
      guard let valid = try? Language(validating: tag) else {
        return fail("\(LanguageTagError(tag: tag))")
      }
      language = valid
    case "termSec", "tig", "ntig", "termGroup":
      guard language != nil else { return fail("<\(name)> outside a language section") }
      term = nil
      status = nil
      isShortForm = false
    case "term":
      guard language != nil else { return fail("<term> outside a language section") }
      capture("term")
    case "termNote" where attributes["type"] == "administrativeStatus":
      capture("status")
    case "termNote" where attributes["type"] == "termType", "termType":
      capture("termType")
    case "termStatus", "administrativeStatus":
      capture("status")
    case "descrip" where attributes["type"] == "definition", "note", "definition":
      if concept != nil, language == nil || term == nil { capture("note") }
    case "admin" where attributes["type"] == "source",
      "descrip" where attributes["type"] == "source",
      "source":
      if concept != nil { capture("source") }
    default:
      break
    }
  }

  private func capture(_ what: String) {
    capturing = what
    text = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capturing != nil { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    defer { depth -= 1 }
    guard open.last == elementName else {
      return fail(
        "</\(elementName)> does not close <\(open.last ?? "")>: the XML is not well-formed")
    }
    open.removeLast()
    let name = Self.local(elementName)
    if let what = capturing {
      let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
      capturing = nil
      switch what {
      case "term":
        guard !value.isEmpty else { return fail("empty <term>") }
        term = value
      case "status":
        guard let parsed = Self.status(value) else {
          return fail(
            "unknown term status '\(value)' (preferredTerm-admn-sts, admittedTerm-admn-sts, "
              + "deprecatedTerm-admn-sts, supersededTerm-admn-sts)")
        }
        status = parsed
      case "termType":
        isShortForm = ["acronym", "abbreviation", "shortForm", "initialism", "clippedTerm"]
          .contains(value)
      case "note":
        if !value.isEmpty, var current = concept {
          current.note = current.note.map { $0 + " " + value } ?? value
          concept = current
        }
      case "source":
        if !value.isEmpty { concept?.source = value }
      default: break
      }
    }
    switch name {
    case "termSec", "tig", "ntig", "termGroup":
      guard let language, let term else { return fail("<\(name)> without a <term>") }
      concept?.terms[language, default: []].append(
        Term(term, status ?? .admitted, isShortForm: isShortForm))
      self.term = nil
    case "langSec", "langSet", "langGroup":
      language = nil
    case "conceptEntry", "termEntry", "entry":
      guard let concept else { return }
      guard !concept.terms.isEmpty else { return fail("concept '\(concept.id)' has no terms") }
      concepts.append(concept)
      self.concept = nil
    default:
      break
    }
  }

  static func status(_ value: String) -> TermStatus? {
    switch value {
    case "preferredTerm-admn-sts", "preferred": .preferred
    case "admittedTerm-admn-sts", "admitted": .admitted
    case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "notRecommended", "obsolete",
      "deprecated", "forbidden":
      .forbidden
    default: nil
    }
  }
}
