public import SalinCore

/// A briefing rendered in one locale: blocks of spans with provenance, ready for a writer.
public struct RenderedDocument: Hashable, Sendable {
  /// The briefing's ID.
  public var id: String
  /// The locale rendered.
  public var locale: Language
  /// The title, if the briefing has one.
  public var title: [RenderedSpan]?
  /// The body, in reading order.
  public var blocks: [RenderedBlock]
  /// Every span that fell back to another language, with why.
  public var fallbacks: [FallbackNotice]
  /// The ICU-backed formatting calls the render made, when recording was asked for.
  public var formatCalls: [FormatCall]

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
    self.id = id
    self.locale = locale
    self.title = title
    self.blocks = blocks
    self.fallbacks = fallbacks
    self.formatCalls = formatCalls
  }

  /// Every span, title first.
  public var spans: [RenderedSpan] { (title ?? []) + blocks.flatMap(\.spans) }
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
    let place = location.map { "\($0): " } ?? ""
    return
      "\(place)no \(requestedLocale) text for \(origin); used \(usedLocale) (fallback step \(step))"
  }
}
