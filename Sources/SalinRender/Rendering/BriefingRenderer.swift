public import SalinCatalog
public import SalinCore

/// Renders a briefing in one locale: labels and messages from the catalogs, facts through ICU,
/// text units in the locale or along the fallback chain, every span with its provenance.
///
/// Rendering never writes to the terminal: fallbacks are returned in the document, and the
/// caller decides whether to report them or (with `--strict`) to refuse the output.
public struct BriefingRenderer: Sendable {
  /// Where labels and messages come from.
  public let messages: Catalogs
  /// Whether to keep a list of the formatting calls made (for the benchmark).
  public var recordsFormatCalls: Bool

  /// Makes a renderer.
  /// - Parameters:
  ///   - messages: The catalogs to take labels and messages from.
  ///   - recordsFormatCalls: Whether to record each formatting call in the document.
  public init(messages: Catalogs, recordsFormatCalls: Bool = false) {
    self.messages = messages
    self.recordsFormatCalls = recordsFormatCalls
  }

  /// Checks that each requested locale has a catalog and that every catalog key the briefing
  /// uses exists in at least one locale of each requested locale's fallback chain.
  /// - Parameters:
  ///   - briefing: The briefing.
  ///   - locales: The locales that will be rendered.
  /// - Throws: `RenderError.unknownLocale` for the first locale neither a catalog nor ICU knows,
  ///   `RenderError.noCatalog` for the first locale without a catalog;
  ///   `RenderError.unknownLabelKey` with its location, or `.several` listing every unknown key in
  ///   reading order when there is more than one.
  public func validate(_ briefing: Briefing, locales: [Language]) throws(RenderError) {
    // A locale without a catalog of its own renders from the closest one on its chain (es-MX
    // from es); only a locale with none on its chain is refused.
    for locale in locales where messages.catalogLanguage(for: locale) == nil {
      // A tag ICU has no data for is named as such, not as a missing catalog.
      guard (try? messages.requireKnownLocale(locale)) != nil else { throw .unknownLocale(locale) }
      throw .noCatalog(locale, available: messages.languages)
    }
    // Every unknown key at once, each where it is written: a user fixing typos should not have
    // to run the command once per typo.
    var unknown: [RenderError] = []
    for key in briefing.catalogKeys {
      let defined = locales.allSatisfy { locale in
        briefing.metadata.fallbackChain(for: locale).contains {
          messages.contains(key.key, locale: $0)
        }
      }
      if !defined {
        unknown.append(
          .unknownLabelKey(
            key.key, location: key.location,
            suggestion: messages.closestKey(to: key.key)))
      }
    }
    guard let first = unknown.first else { return }
    throw unknown.count == 1 ? first : .several(unknown)
  }

  /// Checks a briefing against the catalogs and renders it in each locale, as `salin render`
  /// does: every problem with the input is found before anything is rendered.
  /// - Parameters:
  ///   - briefing: The briefing.
  ///   - locales: The locales to render, in order.
  ///   - strict: Whether any fallback to another language is an error.
  /// - Returns: One document per locale.
  /// - Throws: `RenderError`, as `validate(_:locales:)` and `render(_:locale:strict:)` do.
  public func render(_ briefing: Briefing, locales: [Language], strict: Bool = false)
    throws(RenderError) -> [RenderedDocument]
  {
    try validate(briefing, locales: locales)
    var documents: [RenderedDocument] = []
    for locale in locales {
      documents.append(try render(briefing, locale: locale, strict: strict))
    }
    return documents
  }

  /// Renders a briefing in a locale.
  /// - Parameters:
  ///   - briefing: The briefing.
  ///   - locale: The locale to render.
  ///   - strict: Whether any fallback to another language is an error.
  /// - Returns: The document, with any fallbacks taken and (if asked) the formatting calls made.
  /// - Throws: `RenderError` when a key, variant or name is missing from the whole fallback
  ///   chain, a message cannot be formatted, or (`strict`) any span fell back:
  ///   `.fallbackRefused` lists them all.
  public func render(_ briefing: Briefing, locale: Language, strict: Bool = false)
    throws(RenderError)
    -> RenderedDocument
  {
    var context = RenderContext(
      layout: briefing.layout, locale: locale, messages: messages,
      recordsFormatCalls: recordsFormatCalls)
    try context.run()
    if strict && !context.fallbacks.isEmpty { throw .fallbackRefused(context.fallbacks) }
    return RenderedDocument(
      id: briefing.metadata.id, locale: locale, storage: context.output,
      fallbacks: context.fallbacks, formatCalls: context.formatCalls)
  }
}
