import SalinCatalog
import SalinCore

/// Reads a Salin catalog for the linter through SalinCatalog's `CatalogFile`, the one definition
/// of a catalog file: `salin lint` sees exactly the entries `salin catalog check` checks and
/// `salin render` formats, in the same locale.
///
/// Each entry's message becomes a segment with its key and the catalog's locale, mapped onto its
/// bytes in the file (inside quotes, across escapes). Descriptions are notes for translators and
/// variants are deliberately other spellings, so neither is the catalog's text. A file
/// `CatalogFile` cannot read, or an entry it cannot use, is an error naming where: the linter
/// must not skip text silently (`salin catalog check` lists every problem at once).
struct CatalogReader {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String
  let text: String

  struct Result {
    var segments: [Segment] = []
    var locale: Language
  }

  func read() throws(DocumentError) -> Result {
    let file: CatalogFile
    do {
      file = try CatalogFile.parse(text, path: path)
    } catch {
      throw .invalidCatalog(error)
    }
    // Message syntax errors leave the text readable; an entry of the wrong shape does not.
    if let problem = file.problems.first(where: { $0.rule == "invalid-entry" }) {
      throw .invalidCatalog(.invalidEntry(location: problem.location, problem: problem.message))
    }
    var result = Result(locale: file.language)
    let mapper = YAMLValueMapper(bytes: bytes, lines: lines)
    for entry in file.entries {
      let kind = SegmentKind.catalogValue(
        key: entry.key, locale: file.language, allowsSameText: entry.allowsSameText)
      if let segment = mapper.builder(
        for: entry.source, from: entry.valueLocation.position.utf8Offset
      ).build(kind: kind, lines: lines, labelMode: .none) {
        result.segments.append(segment)
      }
    }
    return result
  }
}
