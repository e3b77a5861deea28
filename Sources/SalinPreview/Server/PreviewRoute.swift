public import SalinCore

/// What a request path names.
///
/// The preview serves only what it makes from the briefing — the page,
/// its change events, each locale's HTML rendering — and never reads a file because of a path:
/// anything else, `..` and encoded tricks included, is not found.
public enum PreviewRoute: Hashable, Sendable {
  /// The side-by-side page.
  case page
  /// Server-sent events: one `change` event per new version.
  case events
  /// A locale's rendering as `salin render --format html` writes it.
  case rendering(Language)

  /// The route of a request path.
  /// - Parameters:
  ///   - path: The path as the request sent it (percent-encoded, without the query).
  ///   - locales: The locales the preview renders.
  /// - Returns: The route, or `nil` (404) for anything else.
  public static func resolve(_ path: String, locales: [Language]) -> PreviewRoute? {
    switch path {
    case "/", "/index.html": return .page
    case "/events": return .events
    default: break
    }
    let prefix = "/render/"
    guard path.hasPrefix(prefix), path.hasSuffix(".html") else { return nil }
    let tag = path.dropFirst(prefix.count).dropLast(".html".count)
    // Only a tag the preview renders, matched exactly: no decoding, no separators, no dots.
    return locales.first { $0.tag == tag }.map { .rendering($0) }
  }
}
