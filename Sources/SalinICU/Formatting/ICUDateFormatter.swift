internal import CICU
import Synchronization

/// Formats calendar dates and times by a CLDR skeleton for a locale (`udatpg_*`, `udat_*`,
/// `ucal_*`).
///
/// A skeleton names the fields, not their order or punctuation: `yMMMM` gives "April 2023",
/// "Abril 2023" and "2023년 4월"; the locale's best pattern for it comes from
/// `udatpg_getBestPattern`. Dates are civil dates, built and formatted in GMT, so a date never
/// shifts by a day with the machine's time zone.
///
/// `Sendable` notes: udat.h and ucal.h promise no thread safety (ucal.h calls some calendar
/// functions "not thread safe", and a `UDateFormat` owns a calendar it mutates while
/// formatting), so the date format and the calendar live in one `Mutex`.
package final class ICUDateFormatter: Sendable {
  /// The skeleton the formatter was made for, such as `yMMMMd`.
  package let skeleton: String
  /// The locale's best pattern for the skeleton, such as `MMMM d, y` or `y년 MMMM d일`.
  package let pattern: String
  /// The locale it formats for.
  package let locale: ICULocale
  private let handles: Mutex<Handles>

  /// The date format and the GMT calendar used to turn civil dates into ICU's `UDate`.
  /// ICU declares both as `void *` typedefs, hence the typed pointers rather than `OpaquePointer`.
  private struct Handles {
    let format: UnsafeMutablePointer<UDateFormat?>
    let calendar: UnsafeMutablePointer<UCalendar?>
  }

  private struct Signature: Hashable, Sendable {
    let skeleton: String
    let localeID: String
  }
  private static let cache = FormatterCache<Signature, ICUDateFormatter>()
  private static let gmt = Array("GMT".utf16)

  /// The shared formatter for a skeleton and locale, opened on first use.
  /// - Parameters:
  ///   - skeleton: A CLDR date skeleton, such as `yMMMM`, `yMMMMd`, `y` or `jm`.
  ///   - locale: The locale.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns.
  package static func shared(skeleton: String, locale: ICULocale) throws -> ICUDateFormatter {
    try cache.formatter(for: Signature(skeleton: skeleton, localeID: locale.icuID)) {
      try ICUDateFormatter(skeleton: skeleton, locale: locale)
    }
  }

  /// Finds the locale's best pattern for a skeleton and opens a date format and a strict GMT
  /// calendar for it.
  /// - Parameters:
  ///   - skeleton: A CLDR date skeleton.
  ///   - locale: The locale.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns.
  package init(skeleton: String, locale: ICULocale) throws {
    let pattern = try Self.bestPattern(for: skeleton, localeID: locale.icuID)
    let patternUnits = Array(pattern.utf16)
    var status = U_ZERO_ERROR
    let format = udat_open(
      UDAT_PATTERN, UDAT_PATTERN, locale.icuID, Self.gmt, Int32(Self.gmt.count), patternUnits,
      Int32(patternUnits.count), &status)
    guard let format, status.isSuccess else {
      udat_close(format)
      throw status.error
    }
    let calendar = ucal_open(Self.gmt, Int32(Self.gmt.count), locale.icuID, UCAL_GREGORIAN, &status)
    guard let calendar, status.isSuccess else {
      ucal_close(calendar)
      udat_close(format)
      throw status.error
    }
    // Strict: 2023-02-30 is an error, not March 2.
    ucal_setAttribute(calendar, UCAL_LENIENT, 0)
    self.skeleton = skeleton
    self.pattern = pattern
    self.locale = locale
    handles = Mutex(Handles(format: format, calendar: calendar))
  }

  deinit {
    handles.withLock {
      udat_close($0.format)
      ucal_close($0.calendar)
    }
  }

  /// Formats a civil date and time.
  /// - Parameters:
  ///   - year: The year, such as 2023.
  ///   - month: The month, 1 for January (ICU counts from 0; this API does not).
  ///   - day: The day of the month, from 1.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute, 0–59.
  /// - Returns: The fields of the skeleton, such as "April 26, 2023".
  /// - Throws: `ICUError` (`U_ILLEGAL_ARGUMENT_ERROR` for a date that does not exist).
  package func format(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0
  ) throws -> String {
    try handles.withLock { handles in
      let date =
        try Self.gregorianMillis(year: year, month: month, day: day, hour: hour, minute: minute)
        ?? civilMillis(handles.calendar, year, month, day, hour, minute)
      return try withUTF16Buffer { udat_format(handles.format, date, $0, $1, nil, &$2) }
    }
  }

  /// The date in ICU's milliseconds since 1970 in GMT as the ICU calendar computes it; the
  /// reference for `gregorianMillis`.
  func calendarMillis(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) throws
    -> Double
  {
    try handles.withLock { try civilMillis($0.calendar, year, month, day, hour, minute) }
  }

  /// The same milliseconds by arithmetic, for valid dates of the Gregorian calendar after ICU's
  /// Julian cutover (years 1583–9999); `nil` for anything else, which goes to the calendar.
  ///
  /// Setting and reading an ICU calendar costs more than the rest of a formatted date; this is
  /// days-from-civil (H. Hinnant's algorithm) on the proleptic Gregorian calendar, which ICU's
  /// `GregorianCalendar` follows after October 1582.
  static func gregorianMillis(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Double? {
    guard (1583...9999).contains(year), (1...12).contains(month), (0..<24).contains(hour),
      (0..<60).contains(minute)
    else { return nil }
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let monthDays =
      switch month {
      case 2: isLeap ? 29 : 28
      case 4, 6, 9, 11: 30
      default: 31
      }
    guard (1...monthDays).contains(day) else { return nil }
    let y = month <= 2 ? year - 1 : year
    let era = y / 400  // y >= 1582: no negative-year rounding to correct
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return Double(((days * 24 + hour) * 60 + minute) * 60_000)
  }

  /// The locale's best pattern for a skeleton (`udatpg_getBestPattern`).
  private static func bestPattern(for skeleton: String, localeID: String) throws -> String {
    var status = U_ZERO_ERROR
    let generator = udatpg_open(localeID, &status)
    defer { udatpg_close(generator) }
    try status.check()
    let units = Array(skeleton.utf16)
    return try withUTF16Buffer {
      udatpg_getBestPattern(generator, units, Int32(units.count), $0, $1, &$2)
    }
  }
}

/// The date in ICU's milliseconds since 1970, by the strict GMT calendar.
///
/// The calendar rejects dates that do not exist. A file-level function: no member may name
/// `UErrorCode` (see `ICUError`).
private func civilMillis(
  _ calendar: UnsafeMutablePointer<UCalendar?>, _ year: Int, _ month: Int, _ day: Int,
  _ hour: Int, _ minute: Int
) throws -> Double {
  var status = U_ZERO_ERROR
  ucal_clear(calendar)
  ucal_setDateTime(
    calendar, Int32(clamping: year), Int32(clamping: month - 1), Int32(clamping: day),
    Int32(clamping: hour), Int32(clamping: minute), 0, &status)
  let date = ucal_getMillis(calendar, &status)
  try status.check()
  return date
}
