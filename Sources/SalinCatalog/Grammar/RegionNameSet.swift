import SalinICU
import Synchronization

/// Every region name CLDR has in a language and in English, plus the names Salin's locale data
/// writes instead (`LocaleWords.regionNames`): a text that is one of them names a country, not a
/// person (Tagalog "ng Japan", "ng South Korea", never "ni").
///
/// Made once per locale on first use, by asking ICU for the name of every two-letter code
/// (676 calls, about a millisecond); codes CLDR has no name for are errors and are skipped.
enum RegionNameSet {
  private static let cache = Mutex<[String: Set<String>]>([:])

  /// The region names of a locale.
  /// - Parameter locale: The message locale.
  /// - Returns: Every name CLDR and the locale's data give a region in that locale.
  static func names(for locale: MessageLocale) -> Set<String> {
    if let names = cache.withLock({ $0[locale.icu.icuID] }) { return names }
    var names = Set(locale.words.regionNames.values)
    let displayNames = [
      try? ICUDisplayNames.shared(locale: locale.icu),
      try? ICUDisplayNames.shared(locale: ICULocale("en")),
    ].compactMap { $0 }
    let letters = (65...90).map { Character(Unicode.Scalar(UInt8($0))) }
    for first in letters {
      for second in letters {
        let code = String([first, second])
        for display in displayNames {
          if let name = try? display.regionName(code), name != code { names.insert(name) }
        }
      }
    }
    cache.withLock { $0[locale.icu.icuID] = names }
    return names
  }
}
