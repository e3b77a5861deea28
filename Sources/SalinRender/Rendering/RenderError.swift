import SalinCatalog
public import SalinCore

/// Why a briefing could not be rendered in a locale.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A locale asked for that has no catalog, with the locales that have one.
  case noCatalog(Language, available: [Language])
  /// A tag Salin cannot use at all: no catalog on its fallback chain and no ICU locale data.
  case unknownLocale(Language)
  /// A catalog key no catalog in the fallback chain defines, with the closest key that exists
  /// when one is close (a typo).
  case unknownLabelKey(String, location: SourceLocation?, suggestion: String? = nil)
  /// A catalog message failed to format.
  case messageFailed(key: String, locale: Language, reason: String, location: SourceLocation?)
  /// No language of the fallback chain has a variant of a text unit or a name of an entity.
  case noVariant(Provenance.Origin, chain: [Language], location: SourceLocation?)
  /// A binding names a fact or entity the briefing does not have (only for hand-built briefings:
  /// the loader already rejects these).
  case unresolved(String, location: SourceLocation?)
  /// A number or date put straight into a text unit: format it through a catalog message.
  case needsMessage(placeholder: String, unit: String, location: SourceLocation?)
  /// ICU could not name a region in a locale.
  case regionName(code: String, locale: Language, reason: String)
  /// A strict render took fallbacks; each notice says where and to which language.
  case fallbackRefused([FallbackNotice])
  /// Several problems found in one pass (every unknown label key of a briefing), in reading
  /// order.
  case several([RenderError])

  /// Where in the briefing the problem is, when it is in the briefing.
  public var location: SourceLocation? {
    switch self {
    case .unknownLabelKey(_, let location, _), .messageFailed(_, _, _, let location),
      .noVariant(_, _, let location), .unresolved(_, let location),
      .needsMessage(_, _, let location):
      location
    case .regionName, .noCatalog, .unknownLocale: nil
    case .fallbackRefused(let notices): notices.first?.location
    case .several(let errors): errors.first?.location
    }
  }

  /// `file:line:column: error: …`, or just the reason when there is no location; one such line
  /// per problem for ``several(_:)``.
  public var description: String {
    if case .several(let errors) = self {
      return errors.map(\.description).joined(separator: "\n")
    }
    let reason: String =
      switch self {
      case .noCatalog(let locale, let available):
        "no catalog for locale '\(locale)' (have \(available.map(\.tag).joined(separator: ", ")))"
      case .unknownLocale(let locale): "\(CatalogError.unknownLocale(tag: locale.tag))"
      case .unknownLabelKey(let key, _, let suggestion):
        "unknown label key '\(key)': no catalog defines it"
          + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
      case .messageFailed(let key, let locale, let why, _):
        "cannot format \(locale) message '\(key)': \(why)"
      case .noVariant(let origin, let chain, _):
        "no text for \(origin) in any of \(chain.map(\.tag).joined(separator: ", "))"
      case .unresolved(let what, _): "unresolved reference \(what)"
      case .needsMessage(let placeholder, let unit, _):
        "placeholder '{\(placeholder)}' in text unit '\(unit)' is a number or date: bind it to a catalog message"
      case .regionName(let code, let locale, let why):
        "ICU has no \(locale) name for region \(code): \(why)"
      case .fallbackRefused(let notices):
        "\(notices.count) span(s) fell back to another language under --strict: "
          + notices.map(\.description).joined(separator: "; ")
      case .several: ""  // Described above, one line each.
      }
    return location.map { "\($0): error: \(reason)" } ?? "error: \(reason)"
  }
}
