import SalinCore

/// Groups spans into runs of one language so writers mark a fallback once, not word by word.
enum FallbackMarking {
  /// A run of adjacent spans: either in the requested locale, or all fallen back to one language.
  struct Run {
    /// The fallback language, or `nil` for text in the requested locale.
    var fallbackLanguage: Language?
    var spans: [RenderedSpan]
  }

  static func runs(_ spans: [RenderedSpan]) -> [Run] {
    var runs: [Run] = []
    for span in spans {
      let language = span.provenance.isFallback ? span.provenance.locale : nil
      if let last = runs.last, last.fallbackLanguage == language {
        runs[runs.count - 1].spans.append(span)
      } else {
        runs.append(Run(fallbackLanguage: language, spans: [span]))
      }
    }
    return runs
  }

  /// Text with each fallback run written as `[en: …]`, the marker Markdown and text output use.
  /// - Parameters:
  ///   - spans: The spans.
  ///   - escape: Escapes the text of a span for the target format.
  static func bracketed(_ spans: [RenderedSpan], escape: (String) -> String) -> String {
    runs(spans).map { run in
      let text = run.spans.map { escape($0.text) }.joined()
      guard let language = run.fallbackLanguage else { return text }
      return "[\(language.tag): \(text)]"
    }.joined()
  }
}
