internal import CICU
import Synchronization

/// Formats dates and times for a locale and time zone as ICU's `DateFormat` does: by a CLDR
/// skeleton, by the locale's named styles, or by a SimpleDateFormat pattern (`udatpg_*`,
/// `udat_*`, `ucal_*`).
///
/// A skeleton names the fields, not their order or punctuation: `yMMMM` gives "April 2023",
/// "Abril 2023" and "2023년 4월"; the locale's best pattern for it comes from
/// `udatpg_getBestPattern`. The named styles are the locale's CLDR style patterns (`short`:
/// 1/12/99, `medium`: Jan 12, 1999; Korean `medium`: 1999. 1. 12.), as ICU's MessageFormat
/// uses them for `{d, date, short}`.
///
/// Civil dates and times (a date, a time of day) are turned into ICU's milliseconds in the
/// formatter's own time zone, so they never shift; a zoned date-time is an instant, shown in
/// the formatter's zone.
///
/// `Sendable` notes: udat.h and ucal.h promise no thread safety (ucal.h calls some calendar
/// functions "not thread safe", and a `UDateFormat` owns a calendar it mutates while
/// formatting), so the date format and the calendar live in one `Mutex`.
package final class ICUDateFormatter: Sendable {
  /// One of the locale's CLDR date or time styles.
  package enum Style: Hashable, Sendable {
    /// Left out. The C constant is `UDAT_NONE`.
    case none
    /// 1/12/99, 3:30 PM. The C constant is `UDAT_SHORT`.
    case short
    /// Jan 12, 1999, 3:30:32 PM. The C constant is `UDAT_MEDIUM` (ICU's default).
    case medium
    /// January 12, 1999, 3:30:32 PM PST. The C constant is `UDAT_LONG`.
    case long
    /// Tuesday, January 12, 1999, 3:30:42 PM Pacific Standard Time. `UDAT_FULL`.
    case full
  }

  /// How a formatter's pattern is found.
  package enum Form: Hashable, Sendable {
    /// A CLDR skeleton such as `yMMMMd`, matched to the locale's best pattern.
    case skeleton(String)
    /// The locale's date style, time style, or both (date first, as CLDR joins them).
    case styles(date: Style, time: Style)
    /// A SimpleDateFormat pattern such as `yyyy-MM-dd`, used as written.
    case pattern(String)
    /// A pattern applied to the locale's medium date (`isTime` false) or time format, as ICU's
    /// MessageFormat makes a `{d, date, yyyy-MM-dd}` style (`applyPattern`).
    case appliedPattern(String, isTime: Bool)
  }

  /// How the pattern was found.
  package let form: Form
  /// The pattern ICU formats with, such as `MMMM d, y` or `y년 MMMM d일`.
  package let pattern: String
  /// The locale it formats for.
  package let locale: ICULocale
  /// The zone it shows times in and builds civil dates in.
  package let timeZone: ICUTimeZone
  /// Which kinds of field the pattern shows.
  package let fields: ICUDateFields
  /// Whether the zone is UTC, read once: civil times are then plain arithmetic.
  private let isUTC: Bool
  private let handles: Mutex<Handles>

  /// The date format and a strict calendar in the same zone.
  ///
  /// The calendar turns civil dates into ICU's `UDate`. ICU declares both as `void *` typedefs,
  /// hence the typed pointers rather than `OpaquePointer`.
  private struct Handles {
    let format: UnsafeMutablePointer<UDateFormat?>
    let calendar: UnsafeMutablePointer<UCalendar?>
  }

  private struct Signature: Hashable, Sendable {
    let form: Form
    let localeID: String
    let zone: String?
  }
  private static let cache = FormatterCache<Signature, ICUDateFormatter>()

  /// The shared formatter for a form, locale and time zone, opened on first use.
  /// - Parameters:
  ///   - form: A skeleton, the named styles or a pattern.
  ///   - locale: The locale.
  ///   - timeZone: The zone.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns or rejects the skeleton.
  package static func shared(
    _ form: Form, locale: ICULocale, timeZone: ICUTimeZone
  ) throws -> ICUDateFormatter {
    try cache.formatter(for: Signature(form: form, localeID: locale.icuID, zone: timeZone.id)) {
      try ICUDateFormatter(form, locale: locale, timeZone: timeZone)
    }
  }

  /// The shared formatter for a skeleton in GMT, for civil dates that must never shift.
  /// - Parameters:
  ///   - skeleton: A CLDR date skeleton, such as `yMMMM`, `yMMMMd`, `y` or `jm`.
  ///   - locale: The locale.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns.
  package static func shared(skeleton: String, locale: ICULocale) throws -> ICUDateFormatter {
    try shared(.skeleton(skeleton), locale: locale, timeZone: .gmt)
  }

  /// Opens a formatter for a skeleton in GMT.
  /// - Parameters:
  ///   - skeleton: A CLDR date skeleton.
  ///   - locale: The locale.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns.
  package convenience init(skeleton: String, locale: ICULocale) throws {
    try self.init(.skeleton(skeleton), locale: locale, timeZone: .gmt)
  }

  /// Opens a date format and a strict calendar in the zone.
  /// - Parameters:
  ///   - form: A skeleton, the named styles or a pattern.
  ///   - locale: The locale.
  ///   - timeZone: The zone.
  /// - Throws: `ICUError` if ICU cannot load the locale's patterns; `U_ILLEGAL_ARGUMENT_ERROR`
  ///   for a skeleton that has no field ICU can show (ICU itself formats it as empty text).
  package init(_ form: Form, locale: ICULocale, timeZone: ICUTimeZone) throws {
    let opened = try openDateFormat(form, localeID: locale.icuID, zone: timeZone.id)
    let pattern: String
    do {
      pattern = try withUTF16Buffer { udat_toPattern(opened.format, 0, $0, $1, &$2) }
    } catch {
      udat_close(opened.format)
      ucal_close(opened.calendar)
      throw error
    }
    self.form = form
    self.pattern = pattern
    self.locale = locale
    self.timeZone = timeZone
    fields = ICUDateFields(pattern: pattern)
    isUTC = timeZone.isUTC
    handles = Mutex(Handles(format: opened.format, calendar: opened.calendar))
  }

  deinit {
    handles.withLock {
      udat_close($0.format)
      ucal_close($0.calendar)
    }
  }

  /// Formats an instant (`udat_format`).
  /// - Parameter millis: Milliseconds since 1970-01-01 00:00 UTC, as ICU's `UDate`.
  /// - Returns: The text in the formatter's zone.
  /// - Throws: `ICUError` if ICU fails.
  package func format(millis: Double) throws -> String {
    try handles.withLock { handles in
      try withUTF16Buffer { udat_format(handles.format, millis, $0, $1, nil, &$2) }
    }
  }

  /// Formats a civil date and time, taken in the formatter's zone.
  /// - Parameters:
  ///   - year: The year, such as 2023.
  ///   - month: The month, 1 for January (ICU counts from 0; this API does not).
  ///   - day: The day of the month, from 1.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute, 0–59.
  ///   - second: The second, 0–59.
  ///   - millisecond: The millisecond, 0–999.
  /// - Returns: The fields of the pattern, such as "April 26, 2023".
  /// - Throws: `ICUError` (`U_ILLEGAL_ARGUMENT_ERROR` for a date or time that does not exist).
  package func format(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    millisecond: Int = 0
  ) throws -> String {
    try handles.withLock { handles in
      let date = try civilMillis(
        handles.calendar, fastPath: isUTC, year, month, day, hour, minute, second,
        millisecond)
      return try withUTF16Buffer { udat_format(handles.format, date, $0, $1, nil, &$2) }
    }
  }

  /// Formats a civil date and time and hands `body` its UTF-8, without making a `String`.
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month, 1 for January.
  ///   - day: The day of the month.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute.
  ///   - second: The second.
  ///   - millisecond: The millisecond.
  ///   - body: Reads the text's UTF-8 bytes, valid only during the call.
  /// - Throws: `ICUError` for a date or time that does not exist.
  package func format(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    millisecond: Int = 0, utf8 body: (UnsafeRawBufferPointer) -> Void
  ) throws {
    let date = try millis(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      millisecond: millisecond)
    // The lock is held while ICU writes into the caller's buffer, not while `body` reads it.
    try withUTF8Result(
      { buffer, capacity, status in
        let address = Int(bitPattern: buffer)
        let (length, code) = handles.withLock { handles in
          var local = U_ZERO_ERROR
          let length = udat_format(
            handles.format, date, UnsafeMutablePointer(bitPattern: address), capacity, nil, &local)
          return (length, local.rawValue)
        }
        status = UErrorCode(rawValue: code)
        return length
      }, body)
  }

  /// The milliseconds of a civil date and time in the formatter's zone.
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month, 1 for January.
  ///   - day: The day of the month.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute.
  ///   - second: The second.
  ///   - millisecond: The millisecond.
  /// - Returns: ICU's `UDate`.
  /// - Throws: `ICUError` for a date or time that does not exist.
  package func millis(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    millisecond: Int = 0
  ) throws -> Double {
    try handles.withLock {
      try civilMillis(
        $0.calendar, fastPath: isUTC, year, month, day, hour, minute, second,
        millisecond)
    }
  }

  /// The date in ICU's milliseconds as the ICU calendar computes it (no fast path); the
  /// reference for `gregorianMillis`.
  func calendarMillis(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) throws
    -> Double
  {
    try handles.withLock {
      try civilMillis($0.calendar, fastPath: false, year, month, day, hour, minute, 0, 0)
    }
  }

  /// The same milliseconds by arithmetic, for valid dates of the Gregorian calendar after ICU's
  /// Julian cutover (years 1583–9999) in UTC; `nil` for anything else, which goes to the
  /// calendar.
  ///
  /// Setting and reading an ICU calendar costs more than the rest of a formatted date; this is
  /// days-from-civil (H. Hinnant's algorithm) on the proleptic Gregorian calendar, which ICU's
  /// `GregorianCalendar` follows after October 1582.
  /// - Parameters:
  ///   - year: The year, 1583–9999.
  ///   - month: The month, 1 for January.
  ///   - day: The day of the month.
  ///   - hour: The hour, 0–23.
  ///   - minute: The minute.
  ///   - second: The second.
  ///   - millisecond: The millisecond.
  /// - Returns: ICU's `UDate` of that civil time in UTC, or `nil`.
  package static func gregorianMillis(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0,
    millisecond: Int = 0
  ) -> Double? {
    guard (1583...9999).contains(year), (1...12).contains(month), (0..<24).contains(hour),
      (0..<60).contains(minute), (0..<60).contains(second), (0..<1000).contains(millisecond)
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
    return Double((((days * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millisecond)
  }
}

extension ICUTimeZone {
  /// GMT, for civil dates formatted without a zone.
  static var gmt: ICUTimeZone {
    // "GMT" is always known to ICU.
    (try? ICUTimeZone("GMT")) ?? .default
  }
}

/// Opens the date format and calendar of a form; a file-level function because it names
/// ICU's enums and status type.
private func openDateFormat(
  _ form: ICUDateFormatter.Form, localeID: String, zone: String?
) throws -> (
  format: UnsafeMutablePointer<UDateFormat?>, calendar: UnsafeMutablePointer<UCalendar?>
) {
  let zoneUnits = zone.map { Array($0.utf16) }
  var status = U_ZERO_ERROR
  let format: UnsafeMutablePointer<UDateFormat?>?
  switch form {
  case .skeleton(let skeleton):
    let pattern = try bestPattern(for: skeleton, localeID: localeID)
    // ICU formats a skeleton with no field it knows as empty text: a typo, not a format.
    guard !pattern.isEmpty else { throw U_ILLEGAL_ARGUMENT_ERROR.error }
    format = openPattern(pattern, localeID: localeID, zone: zoneUnits, &status)
  case .pattern(let pattern):
    format = openPattern(pattern, localeID: localeID, zone: zoneUnits, &status)
  case .styles(let date, let time):
    format = udat_open(
      UDateFormatStyle(time), UDateFormatStyle(date), localeID, zoneUnits,
      Int32(zoneUnits?.count ?? 0), nil, 0, &status)
  case .appliedPattern(let pattern, let isTime):
    format = udat_open(
      isTime ? UDAT_MEDIUM : UDAT_NONE, isTime ? UDAT_NONE : UDAT_MEDIUM, localeID, zoneUnits,
      Int32(zoneUnits?.count ?? 0), nil, 0, &status)
    if let format, status.isSuccess {
      let units = Array(pattern.utf16)
      udat_applyPattern(format, 0, units, Int32(units.count))
    }
  }
  guard let format, status.isSuccess else {
    udat_close(format)
    throw status.error
  }
  let calendar = ucal_open(
    zoneUnits, Int32(zoneUnits?.count ?? 0), localeID, UCAL_GREGORIAN, &status)
  guard let calendar, status.isSuccess else {
    ucal_close(calendar)
    udat_close(format)
    throw status.error
  }
  // Strict: 2023-02-30 is an error, not March 2.
  ucal_setAttribute(calendar, UCAL_LENIENT, 0)
  return (format, calendar)
}

private func openPattern(
  _ pattern: String, localeID: String, zone: [UInt16]?, _ status: inout UErrorCode
) -> UnsafeMutablePointer<UDateFormat?>? {
  let units = Array(pattern.utf16)
  return udat_open(
    UDAT_PATTERN, UDAT_PATTERN, localeID, zone, Int32(zone?.count ?? 0), units,
    Int32(units.count), &status)
}

/// The locale's best pattern for a skeleton (`udatpg_getBestPattern`).
private func bestPattern(for skeleton: String, localeID: String) throws -> String {
  var status = U_ZERO_ERROR
  let generator = udatpg_open(localeID, &status)
  defer { udatpg_close(generator) }
  try status.check()
  let units = Array(skeleton.utf16)
  return try withUTF16Buffer {
    udatpg_getBestPattern(generator, units, Int32(units.count), $0, $1, &$2)
  }
}

/// The date in ICU's milliseconds, by arithmetic in UTC or by the strict calendar.
///
/// The calendar rejects dates that do not exist. A file-level function: no member may name
/// `UErrorCode` (see `ICUError`).
private func civilMillis(
  _ calendar: UnsafeMutablePointer<UCalendar?>, fastPath: Bool, _ year: Int, _ month: Int,
  _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ millisecond: Int
) throws -> Double {
  if fastPath,
    let millis = ICUDateFormatter.gregorianMillis(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      millisecond: millisecond)
  {
    return millis
  }
  guard (0..<1000).contains(millisecond) else { throw U_ILLEGAL_ARGUMENT_ERROR.error }
  var status = U_ZERO_ERROR
  ucal_clear(calendar)
  ucal_setDateTime(
    calendar, Int32(clamping: year), Int32(clamping: month - 1), Int32(clamping: day),
    Int32(clamping: hour), Int32(clamping: minute), Int32(clamping: second), &status)
  let date = ucal_getMillis(calendar, &status)
  try status.check()
  return date + Double(millisecond)
}

extension UDateFormatStyle {
  /// The C constant of a style; on the C type so that `ICUDateFormatter` names no ICU type.
  fileprivate init(_ style: ICUDateFormatter.Style) {
    self =
      switch style {
      case .none: UDAT_NONE
      case .short: UDAT_SHORT
      case .medium: UDAT_MEDIUM
      case .long: UDAT_LONG
      case .full: UDAT_FULL
      }
  }
}
