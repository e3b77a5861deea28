public import SalinCore

/// Where a rendered span came from, so the linter can explain a leak and `--strict` can refuse one.
public struct Provenance: Hashable, Sendable {
  /// What produced the span.
  public var origin: Origin
  /// The locale the render asked for.
  public var requestedLocale: Language
  /// The locale whose text the span is in (differs from `requestedLocale` after a fallback).
  public var locale: Language
  /// 0 when the requested locale had the text; n when the n-th language of the fallback chain did.
  public var fallbackStep: Int
  /// Where the span's source is written in the briefing, when known.
  public var location: SourceLocation?
  /// Whether the span is a stale translation: in the locale asked for, but made from a source
  /// text that has changed since.
  public var isStale = false

  /// Makes a provenance record.
  /// - Parameters:
  ///   - origin: What produced the span.
  ///   - requestedLocale: The locale asked for.
  ///   - locale: The locale the text is in.
  ///   - fallbackStep: The fallback step, 0 when none.
  ///   - location: Where the source is written.
  public init(
    origin: Origin, requestedLocale: Language, locale: Language, fallbackStep: Int = 0,
    location: SourceLocation? = nil
  ) {
    self.origin = origin
    self.requestedLocale = requestedLocale
    self.locale = locale
    self.fallbackStep = fallbackStep
    self.location = location
  }

  /// Whether the span is in another language than the one asked for.
  public var isFallback: Bool { fallbackStep > 0 }

  /// What produced a span.
  public enum Origin: Hashable, Sendable, CustomStringConvertible {
    /// A catalog entry (label or message), by key.
    case catalog(key: String)
    /// A text unit of the briefing, by ID.
    case textUnit(id: String)
    /// An entity's name, by entity ID.
    case entity(id: String)
    /// A fact's value put straight into a text unit (a place's name), by fact path.
    case fact(path: String)
    /// A source's proper name, never translated.
    case source(name: String)
    /// Punctuation the layout adds between spans (`: `, ` & `, `.`).
    case layout

    /// `catalog:label.details`, `text:lead`, `entity:us`, `fact:meeting.place`, `source:THX News`, `layout`.
    public var description: String {
      switch self {
      case .catalog(let key): "catalog:\(key)"
      case .textUnit(let id): "text:\(id)"
      case .entity(let id): "entity:\(id)"
      case .fact(let path): "fact:\(path)"
      case .source(let name): "source:\(name)"
      case .layout: "layout"
      }
    }
  }
}
