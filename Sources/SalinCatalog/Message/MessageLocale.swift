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
  /// Number words and ordinals where Salin's data replaces or completes ICU's.
  let numbers: LocaleNumbers
  /// Region names, adjectives, acronym readings and list patterns where Salin's data replaces
  /// or completes ICU's.
  let words: LocaleWords
  /// `{n, number}` and `#`.
  let defaultNumber: ICUNumberFormatter
  /// CLDR cardinal plural categories.
  let cardinal: ICUPluralRules
  /// CLDR ordinal plural categories.
  let ordinal: ICUPluralRules

  /// Opens the locale's common formatters.
  /// - Parameter language: The language.
  /// - Throws: `CatalogError.unknownLocale` when ICU cannot use the tag.
  init(_ language: Language) throws(CatalogError) {
    self.language = language
    do {
      icu = try ICULocale(language.tag)
      defaultNumber = try ICUNumberFormatter.shared(skeleton: "", locale: icu)
      cardinal = try ICUPluralRules.shared(locale: icu, kind: .cardinal)
      ordinal = try ICUPluralRules.shared(locale: icu, kind: .ordinal)
    } catch {
      throw .unknownLocale(tag: language.tag)
    }
    numbers = LocaleNumbers.forLanguage(language)
    words = LocaleWords.forLanguage(language)
  }
}
