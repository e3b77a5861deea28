public import SalinCore

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
