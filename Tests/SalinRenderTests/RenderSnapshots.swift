import SalinCore
import SalinRender

/// Literal renderings of the seed and of a briefing full of markup characters, per locale and
/// format (the `RenderSnapshots+*.swift` files), and how to list a document's provenance.
enum RenderSnapshots {
  /// The seed's pinned Markdown, text (tl and ko; en is the article itself) and HTML.
  static func seed(_ locale: Language, _ format: OutputFormat) -> String? {
    switch (locale.tag, format) {
    case ("en", .markdown): seedMarkdown_en
    case ("tl", .markdown): seedMarkdown_tl
    case ("ko", .markdown): seedMarkdown_ko
    case ("tl", .text): seedText_tl
    case ("ko", .text): seedText_ko
    case ("en", .html): seedHTML_en
    case ("tl", .html): seedHTML_tl
    case ("ko", .html): seedHTML_ko
    default: nil
    }
  }

  /// The seed's pinned provenance listing (see `listing(_:)`).
  static func seedProvenance(_ locale: Language) -> String? {
    switch locale.tag {
    case "en": seedProvenance_en
    case "tl": seedProvenance_tl
    case "ko": seedProvenance_ko
    default: nil
    }
  }

  /// The escapes briefing's pinned Markdown and text in every locale, HTML and JSON in tl.
  static func escapes(_ locale: Language, _ format: OutputFormat) -> String? {
    switch (locale.tag, format) {
    case ("en", .markdown): escapesMarkdown_en
    case ("tl", .markdown): escapesMarkdown_tl
    case ("ko", .markdown): escapesMarkdown_ko
    case ("en", .text): escapesText_en
    case ("tl", .text): escapesText_tl
    case ("ko", .text): escapesText_ko
    case ("tl", .html): escapesHTML_tl
    case ("tl", .json): escapesJSON_tl
    default: nil
    }
  }

  /// One line a span: origin, locale/requested locale, fallback step, location, UTF-8 length.
  static func listing(_ document: RenderedDocument) -> String {
    document.spans.map { span in
      let provenance = span.provenance
      return
        "\(provenance.origin) \(provenance.locale)/\(provenance.requestedLocale) "
        + "\(provenance.fallbackStep) \(provenance.location.map(\.description) ?? "-") "
        + "\(span.text.utf8.count)"
    }.joined(separator: "\n") + "\n"
  }
}
