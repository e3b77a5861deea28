public import SalinCore

/// Where a renderer gets its labels and formatted messages: the locale catalogs.
///
/// `Catalogs` conforms (see `Catalogs+MessageSource.swift`); tests may use a small fake.
public protocol MessageSource: Sendable {
  /// Formats the message `key` of a locale with ICU.
  /// - Parameters:
  ///   - key: The catalog key, such as `label.details` or `meeting.title`.
  ///   - locale: The locale whose catalog to use.
  ///   - arguments: The message's named arguments.
  /// - Returns: The formatted text.
  /// - Throws: When the key is missing in that locale or the message cannot be formatted.
  func message(_ key: String, locale: Language, arguments: [String: MessageValue]) throws -> String

  /// Whether the locale's catalog has an entry for `key`.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - locale: The locale.
  /// - Returns: `true` when the catalog defines the key in that locale.
  func contains(_ key: String, locale: Language) -> Bool
}

/// A value passed to a catalog message, already resolved from the briefing's facts and entities.
public enum MessageValue: Hashable, Sendable, CustomStringConvertible {
  /// Text, such as a name in the rendered locale.
  case string(String)
  /// A number, such as a session number or a year.
  case number(Double)
  /// A date, as precisely as it is known.
  case date(PartialDate)
  /// A list of texts, formatted by ICU's list formatter.
  case list([String])

  /// The value, for provenance and benchmark listings.
  public var description: String {
    switch self {
    case .string(let text): text
    case .number(let value): value == value.rounded() ? String(Int(value)) : String(value)
    case .date(let date): date.description
    case .list(let items): items.joined(separator: ", ")
    }
  }
}
