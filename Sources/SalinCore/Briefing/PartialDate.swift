/// A calendar date that may be known only to the year or the month.
///
/// News often gives "April 2023" or "in 2025" and no day; a briefing must not invent one,
/// so the model keeps exactly the precision the source states.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
  /// The year, for example 2023.
  public var year: Int
  /// The month, 1–12, when known.
  public var month: Int?
  /// The day of the month, 1–31, when known (only with a month).
  public var day: Int?

  /// Makes a date of the given precision.
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month 1–12, or `nil`.
  ///   - day: The day 1–31, or `nil`; ignored without a month.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; fails when the text is not one of the three forms
  /// or is out of range.
  /// - Parameter text: The text to parse.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    if numbers.count > 1, !(1...12).contains(numbers[1]) { return nil }
    if numbers.count > 2,
      !(1...Self.daysInMonth(numbers[1], year: numbers[0])).contains(numbers[2])
    {
      return nil
    }
    self.init(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
      day: numbers.count > 2 ? numbers[2] : nil)
  }

  /// The length of a month in the proleptic Gregorian calendar (ICU formats dates in it).
  private static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// How precisely the date is known.
  public var precision: Precision {
    day != nil ? .day : (month != nil ? .month : .year)
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the year in four digits as `init?(_:)` reads it (`0024`
  /// was written `24`, which the loader then refused: a briefing written back did not load).
  public var description: String {
    let digits = String(year)
    var text =
      year >= 0 && digits.count < 4
      ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    if let month { text += "-" + twoDigits(month) }
    if let day { text += "-" + twoDigits(day) }
    return text
  }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// The precision of a `PartialDate`.
  public enum Precision: String, Sendable, Hashable {
    /// Only the year is known.
    case year
    /// The year and month are known.
    case month
    /// The full date is known.
    case day
  }
}
