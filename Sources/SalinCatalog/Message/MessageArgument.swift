/// A value passed to a message placeholder by name.
///
/// The kinds are what ICU's MessageFormat takes (text, numbers, dates and times, currency
/// amounts) plus Salin's lists. A number given to a `date` or `time` placeholder is
/// milliseconds since 1970-01-01 00:00 UTC, as in ICU.
public enum MessageArgument: Hashable, Sendable {
  /// Text, used as is (or as a region/language code, or a select value).
  case string(String)
  /// A number.
  case number(Double)
  /// A number given by its decimal digits ("1234.50"), formatted without binary rounding.
  case decimal(String)
  /// A calendar date; `day` is `nil` for a month ("April 2023"). Civil: it is that date in the
  /// time zone the message is formatted in.
  case date(year: Int, month: Int, day: Int?)
  /// A time of day, civil like a date (taken on 1970-01-01 in the formatting time zone).
  case time(hour: Int, minute: Int, second: Int, millisecond: Int)
  /// A date and time: civil, or an instant when it carries a UTC offset.
  case dateTime(MessageDateTime)
  /// An amount of money in an ISO 4217 currency, for `{x, number, currency}` and patterns with
  /// `¤`.
  case currency(amount: Double, code: String)
  /// A list of texts, for `{xs, list}`.
  case list([String])

  /// The kind's name, for error messages.
  public var kindName: String {
    switch self {
    case .string: "text"
    case .number, .decimal: "number"
    case .date(_, _, let day): day == nil ? "month" : "date"
    case .time: "time of day"
    case .dateTime: "date and time"
    case .currency: "currency amount"
    case .list: "list"
    }
  }

  /// The value as a `Double`, if it is a number.
  var doubleValue: Double? {
    switch self {
    case .number(let value): value
    case .decimal(let digits): Double(digits)
    default: nil
    }
  }

  /// Whether the value is a date, a time or both.
  var isDateOrTime: Bool {
    switch self {
    case .date, .time, .dateTime: true
    default: false
    }
  }
}

/// A date and a time of day, with the UTC offset it was written with, if any.
public struct MessageDateTime: Hashable, Sendable {
  /// The year.
  public let year: Int
  /// The month, 1 for January.
  public let month: Int
  /// The day of the month.
  public let day: Int
  /// The hour, 0–23.
  public let hour: Int
  /// The minute.
  public let minute: Int
  /// The second.
  public let second: Int
  /// The millisecond.
  public let millisecond: Int
  /// Minutes east of UTC (`+09:00` is 540), or `nil` for a civil date and time.
  public let utcOffsetMinutes: Int?

  /// Makes a date and time.
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month, 1 for January.
  ///   - day: The day of the month.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute.
  ///   - second: The second.
  ///   - millisecond: The millisecond.
  ///   - utcOffsetMinutes: Minutes east of UTC, or `nil` for a civil date and time.
  public init(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0,
    millisecond: Int = 0, utcOffsetMinutes: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.millisecond = millisecond
    self.utcOffsetMinutes = utcOffsetMinutes
  }
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByArrayLiteral
{
  /// Text.
  public init(stringLiteral value: String) { self = .string(value) }
  /// A whole number.
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  /// A number.
  public init(floatLiteral value: Double) { self = .number(value) }
  /// A list of texts.
  public init(arrayLiteral elements: String...) { self = .list(elements) }
}
