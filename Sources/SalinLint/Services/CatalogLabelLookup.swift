public import SalinCatalog
public import SalinCore

/// `LabelLookup` over Salin's catalogs (built-in and the user's).
public struct CatalogLabelLookup: LabelLookup {
  /// The catalogs.
  public let catalogs: Catalogs

  /// Wraps loaded catalogs.
  /// - Parameter catalogs: The catalogs, for example `Catalogs.load(directories:includeBuiltIn:)`.
  public init(catalogs: Catalogs) { self.catalogs = catalogs }

  /// The catalog labels a text spells, in any locale.
  /// - Parameter text: A label-position text.
  /// - Returns: The matches.
  public func labelMatches(for text: String) -> [LabelCandidate] {
    catalogs.labelMatches(for: text).map {
      LabelCandidate(
        key: $0.key, language: $0.language, spelling: $0.spelling, isVariant: $0.isVariant)
    }
  }

  /// A key's label in a locale, formatted without arguments.
  /// - Parameters:
  ///   - key: The key.
  ///   - language: The locale.
  /// - Returns: The label, or `nil` if missing or if it needs arguments.
  public func label(forKey key: String, language: Language) -> String? {
    try? catalogs.message(key, locale: language)
  }

  /// The key's message as the catalog writes it.
  /// - Parameters:
  ///   - key: A catalog key.
  ///   - language: The locale.
  /// - Returns: The message source, or `nil`.
  public func messageSource(forKey key: String, language: Language) -> String? {
    catalogs.entry(key, language)?.source
  }
}
