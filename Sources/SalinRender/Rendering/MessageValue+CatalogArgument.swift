package import SalinCatalog
import SalinCore

extension MessageValue {
  /// The catalog's argument for this value.
  ///
  /// A date known only to the year becomes its number, which a `date` placeholder rejects: a
  /// briefing must not invent a month.
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
