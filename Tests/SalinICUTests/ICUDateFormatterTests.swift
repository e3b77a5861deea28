import Testing

@testable import SalinICU

@Suite("ICUDateFormatter")
struct ICUDateFormatterTests {
  @Test(arguments: [
    ("en", "yMMMM", "MMMM y", "April 2023"), ("tl", "yMMMM", "MMMM y", "Abril 2023"),
    ("ko", "yMMMM", "y년 MMMM", "2023년 4월"),
    ("en", "yMMMMd", "MMMM d, y", "April 26, 2023"),
    ("tl", "yMMMMd", "MMMM d, y", "Abril 26, 2023"),
    ("ko", "yMMMMd", "y년 MMMM d일", "2023년 4월 26일"),
    ("en", "yMMMMEEEEd", "EEEE, MMMM d, y", "Wednesday, April 26, 2023"),
    ("tl", "yMMMMEEEEd", "EEEE, MMMM d, y", "Miyerkules, Abril 26, 2023"),
    ("ko", "yMMMMEEEEd", "y년 MMMM d일 EEEE", "2023년 4월 26일 수요일"),
    ("en", "yMd", "M/d/y", "4/26/2023"), ("ko", "yMd", "y. M. d.", "2023. 4. 26."),
    // CLDR 42 puts a narrow no-break space (U+202F) before English AM/PM.
    ("en", "jm", "h:mm\u{202F}a", "2:05\u{202F}PM"),
    ("tl", "jm", "h:mm\u{202F}a", "2:05\u{202F}PM"),
    ("ko", "jm", "a h:mm", "오후 2:05"),
  ])
  func formatsBySkeleton(localeTag: String, skeleton: String, pattern: String, expected: String)
    throws
  {
    let formatter = try ICUDateFormatter.shared(skeleton: skeleton, locale: ICULocale(localeTag))
    #expect(formatter.pattern == pattern)
    #expect(try formatter.format(year: 2023, month: 4, day: 26, hour: 14, minute: 5) == expected)
  }

  @Test(arguments: [("en", "2025"), ("tl", "2025"), ("ko", "2025년")])
  func yearOnly(localeTag: String, expected: String) throws {
    let formatter = try ICUDateFormatter.shared(skeleton: "y", locale: ICULocale(localeTag))
    #expect(try formatter.format(year: 2025, month: 1, day: 1) == expected)
  }

  /// Built and formatted in GMT: midnight and the last minute of a day stay on that day.
  @Test(arguments: [(0, 0), (23, 59)])
  func calendarDateNeverShifts(hour: Int, minute: Int) throws {
    let formatter = try ICUDateFormatter.shared(skeleton: "yMMMMd", locale: ICULocale("en"))
    #expect(
      try formatter.format(year: 2023, month: 12, day: 31, hour: hour, minute: minute)
        == "December 31, 2023")
  }

  @Test(arguments: [(2023, 2, 29), (2023, 13, 1), (2023, 4, 31), (2023, 0, 10)])
  func rejectsDatesThatDoNotExist(year: Int, month: Int, day: Int) throws {
    let formatter = try ICUDateFormatter.shared(skeleton: "yMMMMd", locale: ICULocale("en"))
    #expect(throws: ICUError.self) { try formatter.format(year: year, month: month, day: day) }
  }

  @Test func acceptsLeapDay() throws {
    let formatter = try ICUDateFormatter.shared(skeleton: "yMMMMd", locale: ICULocale("ko"))
    #expect(try formatter.format(year: 2024, month: 2, day: 29) == "2024년 2월 29일")
  }

  /// An unshared instance opens and closes its own date format and calendar.
  @Test func unsharedInstance() throws {
    let formatter = try ICUDateFormatter(skeleton: "yMMMM", locale: ICULocale("tl"))
    #expect(try formatter.format(year: 2023, month: 4, day: 1) == "Abril 2023")
  }

  /// The arithmetic fast path gives ICU's calendar's milliseconds for every day of these years
  /// (the first full Gregorian year, leap rules of 1600/1900/2000/2100, the epoch, the last year).
  @Test(arguments: [1583, 1600, 1899, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999])
  func arithmeticMatchesTheICUCalendar(year: Int) throws {
    let formatter = try ICUDateFormatter.shared(skeleton: "yMMMMd", locale: ICULocale("en"))
    let monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (month, length) in zip(1...12, monthLengths) {
      for day in 1...length {
        let calendar = try? formatter.calendarMillis(year: year, month: month, day: day)
        let arithmetic = ICUDateFormatter.gregorianMillis(
          year: year, month: month, day: day, hour: 0, minute: 0)
        // Both are nil on February 29 of a common year.
        #expect(arithmetic == calendar, "\(year)-\(month)-\(day)")
      }
    }
    #expect(
      ICUDateFormatter.gregorianMillis(year: year, month: 12, day: 31, hour: 23, minute: 59)
        == (try formatter.calendarMillis(year: year, month: 12, day: 31, hour: 23, minute: 59)))
  }

  /// Outside the Gregorian years or the valid ranges the calendar decides (and rejects).
  @Test(arguments: [
    (1582, 12, 31, 0), (10000, 1, 1, 0), (2023, 0, 1, 0), (2023, 4, 31, 0), (2023, 1, 1, 24),
  ])
  func arithmeticLeavesOtherDatesToTheCalendar(year: Int, month: Int, day: Int, hour: Int) {
    #expect(
      ICUDateFormatter.gregorianMillis(year: year, month: month, day: day, hour: hour, minute: 0)
        == nil)
  }
}

/// The named styles (`udat_open` with `UDAT_SHORT` …), patterns applied as MessageFormat applies
/// them (`udat_applyPattern`, `udat_toPattern`), and time zones.
@Suite("ICUDateFormatter styles and zones")
struct ICUDateFormatterStyleTests {
  private let utc = (try? ICUTimeZone("UTC")) ?? .default

  @Test(arguments: [
    ("en", ICUDateFormatter.Style.short, ICUDateFormatter.Style.none, "1/12/99"),
    ("en", .medium, .none, "Jan 12, 1999"), ("en", .full, .none, "Tuesday, January 12, 1999"),
    ("ko", .medium, .none, "1999. 1. 12."), ("ko", .short, .none, "99. 1. 12."),
    ("en", .none, .short, "3:30\u{202F}PM"), ("en", .short, .short, "1/12/99, 3:30\u{202F}PM"),
    ("en", .none, .long, "3:30:00\u{202F}PM UTC"), ("fil", .long, .none, "Enero 12, 1999"),
  ])
  func namedStyles(
    tag: String, date: ICUDateFormatter.Style, time: ICUDateFormatter.Style, expected: String
  ) throws {
    let formatter = try ICUDateFormatter.shared(
      .styles(date: date, time: time), locale: ICULocale(tag), timeZone: utc)
    #expect(try formatter.format(year: 1999, month: 1, day: 12, hour: 15, minute: 30) == expected)
  }

  /// A pattern is used as written, a leading space included, as ICU's MessageFormat uses it.
  @Test func appliedPatterns() throws {
    let date = try ICUDateFormatter.shared(
      .appliedPattern(" yyyy-MM-dd", isTime: false), locale: ICULocale("en"), timeZone: utc)
    #expect(date.pattern == " yyyy-MM-dd")
    #expect(try date.format(year: 1970, month: 1, day: 1) == " 1970-01-01")
    let time = try ICUDateFormatter.shared(
      .pattern("HH:mm 'h'"), locale: ICULocale("en"), timeZone: utc)
    #expect(try time.format(year: 1970, month: 1, day: 1, hour: 9, minute: 5) == "09:05 h")
  }

  /// ICU formats a skeleton with no field it knows as empty text; Salin refuses it.
  @Test(arguments: ["foo", "   "])
  func unusableSkeletonIsAnError(skeleton: String) {
    #expect(throws: ICUError.self) {
      try ICUDateFormatter(.skeleton(skeleton), locale: ICULocale("en"), timeZone: .default)
    }
  }

  /// An instant is shown in the formatter's zone; a civil time is that time in the zone,
  /// daylight saving time included.
  @Test func zones() throws {
    let seoul = try ICUTimeZone("Asia/Seoul")
    let formatter = try ICUDateFormatter.shared(
      .skeleton("yMMMdjmz"), locale: ICULocale("en"), timeZone: seoul)
    // 2023-04-26T05:30Z is 14:30 in Seoul.
    #expect(try formatter.format(millis: 1_682_487_000_000) == "Apr 26, 2023, 2:30\u{202F}PM GMT+9")
    let pacific = try ICUTimeZone("America/Los_Angeles")
    let local = try ICUDateFormatter.shared(
      .skeleton("yMMMdjmz"), locale: ICULocale("en"), timeZone: pacific)
    #expect(
      try local.format(year: 2023, month: 7, day: 1, hour: 9, minute: 0)
        == "Jul 1, 2023, 9:00\u{202F}AM PDT")
    #expect(
      try local.millis(year: 2023, month: 1, day: 1)
        - (try local.millis(year: 2022, month: 12, day: 31))
        == 86_400_000)
  }

  @Test(arguments: [
    ("MMMM d, y", true, true, false), ("MMMM y", false, true, false),
    ("h:mm a", false, false, true),
    ("y 'd' HH", false, true, true), ("EEEE", true, true, false),
  ])
  func fields(pattern: String, day: Bool, date: Bool, time: Bool) {
    let fields = ICUDateFields(pattern: pattern)
    #expect(fields.showsDay == day)
    #expect(fields.showsDate == date)
    #expect(fields.showsTime == time)
  }
}
