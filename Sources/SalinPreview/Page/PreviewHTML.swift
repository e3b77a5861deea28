import SalinCore
import SalinLint
public import SalinRender

/// Writes the preview page: one column per locale (`<article class="column" lang="…">`), blocks
/// aligned row by row across the columns (CSS subgrid), fallbacks and findings highlighted in
/// place with their evidence on hover, problems in a banner, and a script that swaps in the new
/// content when the server says the briefing or a catalog changed.
public enum PreviewHTML {
  /// The whole page.
  /// - Parameters:
  ///   - content: What to show.
  ///   - version: The content's version, which the page reports back when it reloads.
  ///   - stale: Whether the columns are the last good version, shown under a problem.
  /// - Returns: The HTML.
  public static func page(_ content: PreviewContent, version: Int, stale: Bool = false) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="salin preview">
      <title>\(escape(content.title)) — salin preview</title>
      <style>\(style)</style>
      </head>
      <body data-version="\(version)">
      <header class="bar"><strong>salin preview</strong> <span id="title">\(escape(content.title))</span>
      <span id="status" class="status">live</span></header>

      """
    html += "<div id=\"problems\">" + problems(content, stale: stale) + "</div>\n"
    html += "<main id=\"content\">" + columns(content, stale: stale) + "</main>\n"
    html += "<script>\(script)</script>\n</body>\n</html>\n"
    return html
  }

  static func problems(_ content: PreviewContent, stale: Bool) -> String {
    guard !content.problems.isEmpty else { return "" }
    var html = "<section class=\"problems\" role=\"alert\"><h2>Problems</h2><ul>"
    for problem in content.problems { html += "<li><code>\(escape(problem))</code></li>" }
    html += "</ul>"
    if stale { html += "<p>Showing the last version that loaded.</p>" }
    return html + "</section>"
  }

  static func columns(_ content: PreviewContent, stale: Bool) -> String {
    let rows = content.columns.map(\.blocks.count).max() ?? 0
    var html =
      "<div class=\"preview\(stale ? " stale" : "")\" style=\"--columns: \(max(content.columns.count, 1)); --rows: \(rows + 1)\">"
    for column in content.columns {
      html +=
        "<article class=\"column\" lang=\"\(escape(column.locale.tag))\" data-findings=\"\(column.findings.count)\">"
      html += "<h2 class=\"locale\">\(escape(column.locale.tag))"
      if !column.findings.isEmpty {
        html +=
          " <span class=\"count\">\(column.findings.count) finding\(column.findings.count == 1 ? "" : "s")</span>"
      }
      html += "</h2>"
      for index in 0..<rows {
        guard index < column.blocks.count else {
          html += "<div class=\"block empty\"></div>"
          continue
        }
        html += block(column.blocks[index], index: index, column: column)
      }
      html += "</article>"
    }
    return html + "</div>"
  }

  static func block(_ block: PreviewBlock, index: Int, column: PreviewContent.Column) -> String {
    var spanIndex = 0
    func cell(_ spans: [RenderedSpan]) -> String {
      var html = ""
      for span in spans {
        let marks = column.marks.filter { $0.block == index && $0.span == spanIndex }
        html += self.span(span, marks: marks, column: column)
        spanIndex += 1
      }
      return html
    }
    var html = "<div class=\"block\" data-block=\"\(index)\">"
    switch block.kind {
    case .title: html += "<h1>" + cell(block.cells.first ?? []) + "</h1>"
    case .heading: html += "<h3>" + cell(block.cells.first ?? []) + "</h3>"
    case .paragraph: html += "<p>" + cell(block.cells.first ?? []) + "</p>"
    case .sources: html += "<p class=\"sources\">" + cell(block.cells.first ?? []) + "</p>"
    case .list:
      html += "<ul>" + block.cells.map { "<li>" + cell($0) + "</li>" }.joined() + "</ul>"
    case .table(let columns):
      html += "<table>"
      for (row, start) in stride(from: 0, to: block.cells.count, by: max(columns, 1)).enumerated() {
        let tag = row == 0 ? "th" : "td"
        html += "<tr>"
        for spans in block.cells[start..<min(start + columns, block.cells.count)] {
          html += "<\(tag)>" + cell(spans) + "</\(tag)>"
        }
        html += "</tr>"
      }
      html += "</table>"
    }
    return html + "</div>"
  }

  /// A span with its provenance on hover; a fallback declares its real language, and a stale
  /// translation is marked as one.
  static func span(
    _ span: RenderedSpan, marks: [PreviewContent.Mark], column: PreviewContent.Column
  ) -> String {
    let provenance = span.provenance
    var classes = ["s"]
    var attributes = " data-origin=\"\(escape(provenance.origin.description))\""
    var tip = provenance.origin.description
    if provenance.isFallback {
      classes.append("fallback")
      attributes += " lang=\"\(escape(provenance.locale.tag))\""
      tip =
        "fallback: no \(provenance.requestedLocale.tag) text for \(provenance.origin); used "
        + "\(provenance.locale.tag) (step \(provenance.fallbackStep))"
    }
    if provenance.isStale {
      // SL010's finding, in place: the translation is shown, marked as made from an old source.
      classes.append("stale")
      tip =
        "stale: the \(provenance.locale.tag) text of \(provenance.origin) was translated from an "
        + "older source text (SL010 stale-translation)"
    }
    if let location = provenance.location { tip += " — \(location)" }
    attributes += " title=\"\(escape(tip))\""
    var inner = ""
    let bytes = Array(span.text.utf8)
    var position = 0
    for mark in marks.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound })
    where mark.utf8Range.lowerBound >= position {
      inner += escape(String(decoding: bytes[position..<mark.utf8Range.lowerBound], as: UTF8.self))
      let finding = column.findings[mark.finding]
      inner += "<mark class=\"finding \(finding.severity)\" data-rule=\"\(finding.rule.code)\""
      inner +=
        " data-evidence=\"\(escape(evidence(finding)))\" title=\"\(escape(evidence(finding)))\">"
      inner += escape(String(decoding: bytes[mark.utf8Range], as: UTF8.self)) + "</mark>"
      position = mark.utf8Range.upperBound
    }
    inner += escape(String(decoding: bytes[position...], as: UTF8.self))
    return "<span class=\"\(classes.joined(separator: " "))\"\(attributes)>\(inner)</span>"
  }

  /// A finding as the hover text: rule, message, language, confidence, evidence, fix.
  static func evidence(_ finding: Finding) -> String {
    var lines = [
      "\(finding.rule.code) \(finding.rule.name) (\(finding.severity)): \(finding.message)"
    ]
    if let language = finding.language {
      var line = "language: \(language.tag)"
      if let confidence = finding.confidence {
        line += " (\(Int((confidence * 100).rounded()))%)"
      }
      lines.append(line)
    }
    if let evidence = finding.evidence { lines.append("evidence: \(evidence)") }
    if let fix = finding.fix { lines.append("fix: \(fix.description)") }
    return lines.joined(separator: "\n")
  }

  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
