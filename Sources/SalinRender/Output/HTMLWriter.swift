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
    .stale { background: #ffe0e0; }
    """

  /// Writes a document.
  /// - Parameter document: The rendered document.
  /// - Returns: The HTML page.
  public func write(_ document: RenderedDocument) -> String {
    let storage = document.storage
    var output = TextBuffer(
      capacity:
        storage.textByteCount + 24 * storage.cellEnds.count + Self.style.utf8.count + 512)
    output.append("<!DOCTYPE html>\n<html lang=\"")
    TextEscaping.appendHTML(document.locale.tag, to: &output)
    output.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
    output.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    output.append("<meta name=\"generator\" content=\"salin\">\n<title>")
    if let first = storage.blocks.first, first.kind == .title {
      var title = ""
      for span in storage.spans(ofBlock: 0) { title += storage.spans[span].text }
      TextEscaping.appendHTML(title, to: &output)
    } else {
      TextEscaping.appendHTML(document.id, to: &output)
    }
    output.append("</title>\n<style>\n")
    output.append(Self.style)
    output.append("\n</style>\n</head>\n<body>\n<article>\n")
    for block in storage.blocks.indices {
      if block > 0 { output.append("\n") }
      self.block(block, storage, &output)
    }
    output.append("\n</article>\n</body>\n</html>\n")
    return output.text
  }

  private func block(_ block: Int, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    let spans = storage.spans(ofBlock: block)
    switch storage.blocks[block].kind {
    case .title: element("h1", spans, storage, &output)
    case .heading: element("h2", spans, storage, &output)
    case .paragraph: element("p", spans, storage, &output)
    case .sources:
      output.append("<p class=\"sources\">")
      inline(spans, storage, &output)
      output.append("</p>")
    case .bulletList:
      output.append("<ul>\n")
      for row in storage.rows(ofBlock: block) {
        if row > storage.rows(ofBlock: block).lowerBound { output.append("\n") }
        element("li", storage.spans(ofRow: row), storage, &output)
      }
      output.append("\n</ul>")
    case .table:
      output.append("<table>\n<thead>\n")
      let rows = storage.rows(ofBlock: block)
      for row in rows {
        let cell = row == rows.lowerBound ? "th" : "td"
        output.append("<tr>")
        for index in storage.cells(ofRow: row) {
          element(cell, storage.spans(ofCell: index), storage, &output)
        }
        output.append("</tr>\n")
        if row == rows.lowerBound { output.append("</thead>\n<tbody>\n") }
      }
      output.append("</tbody>\n</table>")
    }
  }

  /// `<name>…</name>`.
  private func element(
    _ name: String, _ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout TextBuffer
  ) {
    output.append("<")
    output.append(name)
    output.append(">")
    inline(spans, storage, &output)
    output.append("</")
    output.append(name)
    output.append(">")
  }

  /// The spans, each fallback run in a `<span lang>` naming where its words came from.
  private func inline(_ spans: Range<Int>, _ storage: RenderedStorage, _ output: inout TextBuffer) {
    storage.forEachMarkedRun(in: spans) { run, language, stale in
      if stale {
        output.append("<span class=\"stale\" title=\"translated from an older source text\">")
        for index in run { TextEscaping.appendHTML(storage.spans[index].text, to: &output) }
        output.append("</span>")
        return
      }
      guard let language else {
        for index in run { TextEscaping.appendHTML(storage.spans[index].text, to: &output) }
        return
      }
      var origins = ""
      for index in run {
        let origin = storage.origin(of: storage.provenances[Int(storage.spans[index].provenance)])
        if origin == .layout { continue }
        if !origins.isEmpty { origins += " " }
        origins += origin.description
      }
      output.append("<span lang=\"")
      TextEscaping.appendHTML(language.tag, to: &output)
      output.append("\" class=\"fallback\" data-provenance=\"")
      TextEscaping.appendHTML(origins, to: &output)
      output.append("\">")
      for index in run { TextEscaping.appendHTML(storage.spans[index].text, to: &output) }
      output.append("</span>")
    }
  }
}
