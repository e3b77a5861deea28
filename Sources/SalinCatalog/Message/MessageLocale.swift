import SalinCore
import SalinICU

/// Everything a message needs from one locale, opened once and shared by every message in it.
///
/// `Sendable` notes: every member is an immutable value or a `Sendable` SalinICU formatter.
final class MessageLocale: Sendable {
  /// The language.
  let language: Language
  /// ICU's view of it (`tl` → `fil`).
  let icu: ICULocale
  /// The time zone dates and times are shown in.
  let timeZone: ICUTimeZone
  /// Number words and ordinals where Salin's data replaces ICU's.
  let numbers: LocaleNumbers
  /// Region names, adjectives, acronym readings and list patterns where Salin's data replaces
  /// or completes ICU's.
  let words: LocaleWords
  /// The locale's decimal format: `{n}`, `{n, number}` and `#`, as ICU's MessageFormat makes it.
  let defaultNumber: ICUDecimalFormat
  /// CLDR cardinal plural categories.
  let cardinal: ICUPluralRules
  /// CLDR ordinal plural categories.
  let ordinal: ICUPluralRules

  /// Opens the locale's common formatters.
  /// - Parameters:
  ///   - language: The language.
  ///   - timeZone: The zone dates and times are shown in.
  /// - Throws: `CatalogError.unknownLocale` when ICU cannot use the tag.
  init(_ language: Language, timeZone: ICUTimeZone) throws(CatalogError) {
    self.language = language
    self.timeZone = timeZone
    do {
      icu = try ICULocale(language.tag)
      defaultNumber = try ICUDecimalFormat.shared(style: .decimal, locale: icu)
      cardinal = try ICUPluralRules.shared(locale: icu, kind: .cardinal)
      ordinal = try ICUPluralRules.shared(locale: icu, kind: .ordinal)
    } catch {
      throw .unknownLocale(tag: language.tag)
    }
    numbers = LocaleNumbers.forLanguage(language)
    words = LocaleWords.forLanguage(language)
  }

  /// The locale's short date and short time (ICU's `{d}` for a date or time).
  func defaultDateTime() throws -> ICUDateFormatter {
    try ICUDateFormatter.shared(
      .styles(date: .short, time: .short), locale: icu, timeZone: timeZone)
  }
}
