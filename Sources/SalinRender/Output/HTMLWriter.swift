import SalinCore

/// Writes a rendered document as a complete, well-formed HTML5 page.
///
/// The page declares its language (`<html lang>`) and charset, escapes all text, and wraps every
/// span that fell back to another language in `<span lang="…">`, so browsers, screen readers
/// and `salin lint` know which words are in which language. The font stack covers Hangul.
public struct HTMLWriter: Sendable {
  /// Makes a writer.
  public init() {}

  /// The page's style: readable measure, and fonts that have Hangul and Latin glyphs.
  static let style = """
    body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.6; color: #1b1b1b;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo",
        "Malgun Gothic", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    :lang(ko) { word-break: keep-all; }
    h1, h2 { line-height: 1.3; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: 0.95em; }
    .fallback { background: #fff3c4; }
    """

  /// Writes a document.
  /// - Parameter document: The rendered document.
  /// - Returns: The HTML page.
  public func write(_ document: RenderedDocument) -> String {
    let storage = document.storage
    var output = ""
    output.reserveCapacity(
      storage.textByteCount + 24 * storage.cellEnds.count + Self.style.utf8.count + 512)
    output += "<!DOCTYPE html>\n<html lang=\""
    TextEscaping.appendHTML(document.locale.tag, to: &output)
    output += "\">\n<head>\n<meta charset=\"utf-8\">\n"
    output += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    output += "<meta name=\"generator\" content=\"salin\">\n<title>"
    if let first = storage.blocks.first, first.kind == .title {
      var title = ""
      for span in storage.spans(ofBlock: 0) { title += storage.spans[span].text }
      TextEscaping.appendHTML(title, to: &output)
    } else {
      TextEscaping.appendHTML(document.id, to: &output)
    }
    output += "</title>\n<style>\n"
    output += Self.style
    output += "\n</style>\n</head>\n<body>\n<article>\n"
    for block in storage.blocks.indices {
      if block > 0 { output += "\n" }
      self.block(block, storage, &output)
    }
    output += "\n</article>\n</body>\n</html>\n"
    return output
  }

  private func block(_ block: Int, _ storage: RenderedStorage, _ output: inout String) {
    let spans = storage.spans(ofBlock: block)
    switch storage.blocks[block].kind {
    case .title: element("h1", spans, storage, &output)
    case .heading: element("h2", spans, storage, &output)
    case .paragraph: element("p", spans, storage, &output)
    case .sources:
      output += "<p class=\"sources\">"
      inline(spans, storage, &output)
      output += "</p>"
    case .bulletList:
      output += "<ul>\n"
      for row in storage.rows(ofBlock: block) {
        if row > storage.rows(ofBlock: block).lowerBound { output += "\n" }
        element("li", storage.spans(ofRow: row), storage, &output)
      }
      output += "\n</ul>"
    case .table:
      output += "<table>\n<thead>\n"
      let rows = storage.rows(ofBlock: block)
      for row in rows {
        let cell = row == rows.lowerBound ? "th" : "td"
        output += "<tr>"
        for index in storage.cells(ofRow: row) {
          element(cell, storage.spans(ofCell: index), storage, &output)
        }
        output += "</tr>\n"
        if row == rows.lowerBound { output += "</thead>\n<tbody>\n" }
      }
      output += "</tbody>\n</table>"
    }
  }

  /// `<name>…</name>`.
  private func element(
    _ name: String, _ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout String
  ) {
    output += "<"
    output += name
    output += ">"
    inline(spans, storage, &output)
    output += "</"
    output += name
    output += ">"
  }

  /// The spans, each fallback run in a `<span lang>` naming where its words came from.
  private func inline(_ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout String) {
    storage.forEachRun(in: spans) { run, language in
      guard let language else {
        for index in run { TextEscaping.appendHTML(storage.spans[index].text, to: &output) }
        return
      }
      var origins = ""
      for index in run {
        let origin = storage.provenances[Int(storage.spans[index].provenance)].origin
        if origin == .layout { continue }
        if !origins.isEmpty { origins += " " }
        origins += origin.description
      }
      output += "<span lang=\""
      TextEscaping.appendHTML(language.tag, to: &output)
      output += "\" class=\"fallback\" data-provenance=\""
      TextEscaping.appendHTML(origins, to: &output)
      output += "\">"
      for index in run { TextEscaping.appendHTML(storage.spans[index].text, to: &output) }
      output += "</span>"
    }
  }
}
