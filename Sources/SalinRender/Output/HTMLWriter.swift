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
    let title = document.title.map { $0.plainText } ?? document.id
    var body: [String] = []
    if let spans = document.title { body.append("<h1>\(inline(spans))</h1>") }
    for block in document.blocks {
      switch block {
      case .heading(let spans): body.append("<h2>\(inline(spans))</h2>")
      case .paragraph(let spans): body.append("<p>\(inline(spans))</p>")
      case .sources(let spans): body.append("<p class=\"sources\">\(inline(spans))</p>")
      case .bulletList(let items):
        body.append(
          "<ul>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>")
      case .table(let header, let rows):
        var lines = [
          "<table>", "<thead>", "<tr>" + header.map { "<th>\(inline($0))</th>" }.joined() + "</tr>",
          "</thead>", "<tbody>",
        ]
        lines += rows.map { "<tr>" + $0.map { "<td>\(inline($0))</td>" }.joined() + "</tr>" }
        lines += ["</tbody>", "</table>"]
        body.append(lines.joined(separator: "\n"))
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="\(Self.escape(document.locale.tag))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="salin">
      <title>\(Self.escape(title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <article>
      \(body.joined(separator: "\n"))
      </article>
      </body>
      </html>

      """
  }

  private func inline(_ spans: [RenderedSpan]) -> String {
    FallbackMarking.runs(spans).map { run in
      let text = run.spans.map { Self.escape($0.text) }.joined()
      guard let language = run.fallbackLanguage else { return text }
      let origins = run.spans.map(\.provenance.origin.description).filter { $0 != "layout" }
      return "<span lang=\"\(Self.escape(language.tag))\" class=\"fallback\" "
        + "data-provenance=\"\(Self.escape(origins.joined(separator: " ")))\">\(text)</span>"
    }.joined()
  }

  /// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
