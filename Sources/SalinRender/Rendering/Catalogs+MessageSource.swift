public import SalinCatalog
public import SalinCore

/// The locale catalogs as the renderer's message source: ICU formats every argument.
extension Catalogs: MessageSource {
  /// Formats a catalog message with the renderer's values.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - locale: The locale whose catalog to use (no fallback: the renderer walks the chain).
  ///   - arguments: The values by name.
  /// - Returns: The formatted text.
  /// - Throws: `CatalogError` when the key is missing or an argument does not fit the message.
  public func message(_ key: String, locale: Language, arguments: [String: MessageValue]) throws
    -> String
  {
    try message(key, locale: locale, arguments: arguments.mapValues(\.catalogArgument))
  }

  /// Whether the locale's catalog defines `key`.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - locale: The locale.
  /// - Returns: `true` when an entry exists after merging the user's catalogs.
  public func contains(_ key: String, locale: Language) -> Bool {
    entry(key, locale) != nil
  }
}

extension MessageValue {
  /// The catalog's argument for this value. A date known only to the year becomes its number,
  /// which a `date` placeholder rejects: a briefing must not invent a month.
  package var catalogArgument: MessageArgument {
    switch self {
    case .string(let text): .string(text)
    case .number(let value): .number(value)
    case .date(let date):
      if let month = date.month {
        .date(year: date.year, month: month, day: date.day)
      } else {
        .number(Double(date.year))
      }
    case .list(let items): .list(items)
    }
  }
}
