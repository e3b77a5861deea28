/// A value passed to a message placeholder by name.
public enum MessageArgument: Hashable, Sendable {
  /// Text, used as is (or as a region/language code, or a select value).
  case string(String)
  /// A number.
  case number(Double)
  /// A number given by its decimal digits ("1234.50"), formatted without binary rounding.
  case decimal(String)
  /// A calendar date; `day` is `nil` for a month ("April 2023").
  case date(year: Int, month: Int, day: Int?)
  /// A list of texts, for `{xs, list}`.
  case list([String])

  /// The kind's name, for error messages.
  public var kindName: String {
    switch self {
    case .string: "text"
    case .number, .decimal: "number"
    case .date: "date"
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
