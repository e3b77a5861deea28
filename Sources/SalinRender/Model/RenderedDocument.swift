public import SalinCore

/// A briefing rendered in one locale: blocks of spans with provenance, ready for a writer.
///
/// The spans are kept flat (`RenderedStorage`): `title`, `blocks` and `spans` make the public
/// values on demand, so read them once rather than in a loop. Two documents are equal when
/// their public values are.
public struct RenderedDocument: Hashable, Sendable {
  /// The briefing's ID.
  public var id: String
  /// The locale rendered.
  public var locale: Language
  /// Every span that fell back to another language, with why.
  public var fallbacks: [FallbackNotice]
  /// The ICU-backed formatting calls the render made, when recording was asked for.
  public var formatCalls: [FormatCall]
  /// The title's and body's spans, flat.
  var storage: RenderedStorage

  /// Makes a document.
  /// - Parameters:
  ///   - id: The briefing's ID.
  ///   - locale: The locale.
  ///   - title: The title's spans.
  ///   - blocks: The body.
  ///   - fallbacks: The fallbacks taken.
  ///   - formatCalls: The formatting calls recorded.
  public init(
    id: String, locale: Language, title: [RenderedSpan]?, blocks: [RenderedBlock],
    fallbacks: [FallbackNotice] = [], formatCalls: [FormatCall] = []
  ) {
    self.init(
      id: id, locale: locale,
      storage: RenderedStorage(locale: locale, title: title, blocks: blocks),
      fallbacks: fallbacks, formatCalls: formatCalls)
  }

  /// Makes a document from a render's storage.
  init(
    id: String, locale: Language, storage: RenderedStorage, fallbacks: [FallbackNotice],
    formatCalls: [FormatCall]
  ) {
    self.id = id
    self.locale = locale
    self.storage = storage
    self.fallbacks = fallbacks
    self.formatCalls = formatCalls
  }

  /// The title, if the briefing has one.
  public var title: [RenderedSpan]? {
    get { storage.publicTitle }
    set { storage = RenderedStorage(locale: locale, title: newValue, blocks: blocks) }
  }

  /// The body, in reading order.
  public var blocks: [RenderedBlock] {
    get { storage.publicBlocks }
    set { storage = RenderedStorage(locale: locale, title: title, blocks: newValue) }
  }

  /// Every span, title first.
  public var spans: [RenderedSpan] { storage.publicSpans }

  /// Whether two documents have the same ID, locale, title, blocks, fallbacks and calls.
  public static func == (lhs: RenderedDocument, rhs: RenderedDocument) -> Bool {
    lhs.id == rhs.id && lhs.locale == rhs.locale && lhs.fallbacks == rhs.fallbacks
      && lhs.formatCalls == rhs.formatCalls && lhs.title == rhs.title && lhs.blocks == rhs.blocks
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(locale)
    hasher.combine(fallbacks)
    hasher.combine(formatCalls)
    hasher.combine(title)
    hasher.combine(blocks)
  }
}

/// A span rendered in another language than the one asked for.
public struct FallbackNotice: Hashable, Sendable, CustomStringConvertible {
  /// What had no text in the requested locale.
  public var origin: Provenance.Origin
  /// The locale asked for.
  public var requestedLocale: Language
  /// The locale used instead.
  public var usedLocale: Language
  /// The step in the fallback chain (1 for the first fallback).
  public var step: Int
  /// Where the source is written, when known.
  public var location: SourceLocation?
  /// Whether the text is in the locale asked for but stale: translated from a source text that
  /// has changed since (its `made-from` fingerprint no longer matches).
  public var isStale = false

  /// Makes a notice.
  /// - Parameters:
  ///   - origin: What had no text.
  ///   - requestedLocale: The locale asked for.
  ///   - usedLocale: The locale used.
  ///   - step: The fallback step.
  ///   - location: Where the source is written.
  public init(
    origin: Provenance.Origin, requestedLocale: Language, usedLocale: Language, step: Int,
    location: SourceLocation?
  ) {
    self.origin = origin
    self.requestedLocale = requestedLocale
    self.usedLocale = usedLocale
    self.step = step
    self.location = location
  }

  /// `file:line:column: no tl text for text:p3; used en (fallback step 1)`.
  public var description: String {
    (location.map { "\($0): " } ?? "") + message
  }

  /// What happened, without the location: `no tl text for text:p3; used en (fallback step 1)`,
  /// or `stale tl text for text:p3: …` for a stale translation.
  public var message: String {
    if isStale {
      return "stale \(usedLocale) text for \(origin): its source text changed since it was"
        + " translated (salin extract exports it for review)"
    }
    return "no \(requestedLocale) text for \(origin); used \(usedLocale) (fallback step \(step))"
  }
}
