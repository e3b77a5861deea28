internal import CICU
import Synchronization

/// Names of regions, languages and scripts in a locale's language: KR is "South Korea",
/// "Timog Korea" or "대한민국" (`uldn_*`).
///
/// Opened with `UDISPCTX_NO_SUBSTITUTE`, so a code CLDR has no name for is an error rather than
/// the code itself: a renderer must not print "XY" where a country name belongs.
///
/// `Sendable` notes: uldnames.h and locdspnm.h promise no thread safety, so the handle lives in
/// a `Mutex`.
package final class ICUDisplayNames: Sendable {
  /// The locale whose language the names are in.
  package let locale: ICULocale
  private let handle: Mutex<OpaquePointer>
  /// Region names already asked for, by code: a name never changes for a locale, and a message
  /// names the same few countries again and again (ICU's lookup walks its resource tables).
  private let regionNames = Mutex<[String: String]>([:])

  private static let cache = FormatterCache<String, ICUDisplayNames>()

  /// The shared display names for a locale, opened on first use.
  /// - Parameter locale: The locale whose language the names are in.
  /// - Returns: Display names that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the locale's names.
  package static func shared(locale: ICULocale) throws -> ICUDisplayNames {
    try cache.formatter(for: locale.icuID) { try ICUDisplayNames(locale: locale) }
  }

  /// Opens display names for a locale (`uldn_openForContext`).
  /// - Parameter locale: The locale whose language the names are in.
  /// - Throws: `ICUError` if ICU cannot load the locale's names.
  package init(locale: ICULocale) throws {
    var contexts = [UDISPCTX_STANDARD_NAMES, UDISPCTX_NO_SUBSTITUTE]
    var status = U_ZERO_ERROR
    let names = uldn_openForContext(locale.icuID, &contexts, Int32(contexts.count), &status)
    guard let names, status.isSuccess else {
      uldn_close(names)
      throw status.error
    }
    self.locale = locale
    handle = Mutex(names)
  }

  deinit { handle.withLock { uldn_close($0) } }

  /// The name of a region (`uldn_regionDisplayName`).
  /// - Parameter code: An ISO 3166 region code, such as `KR`, or a UN M.49 code such as `001`.
  /// - Returns: The name, such as "South Korea".
  /// - Throws: `ICUError` (`U_MISSING_RESOURCE_ERROR` when CLDR has no name for the code).
  package func regionName(_ code: String) throws -> String {
    if let known = regionNames.withLock({ $0[code] }) { return known }
    let name = try nonEmpty(
      handle.withLock { names in
        try withUTF16Buffer { uldn_regionDisplayName(names, code, $0, $1, &$2) }
      })
    regionNames.withLock { $0[code] = name }
    return name
  }

  /// The name of a language (`uldn_languageDisplayName`).
  /// - Parameter tag: A language code, such as `ko`, `fil` or `tl`.
  /// - Returns: The name, such as "Korean" or "타갈로그어".
  /// - Throws: `ICUError` (`U_MISSING_RESOURCE_ERROR` when CLDR has no name for the code).
  package func languageName(_ tag: String) throws -> String {
    try nonEmpty(
      handle.withLock { names in
        try withUTF16Buffer { uldn_languageDisplayName(names, tag, $0, $1, &$2) }
      })
  }

  /// The name of a script (`uldn_scriptDisplayName`).
  /// - Parameter code: An ISO 15924 code, such as `Hang` or `Latn`.
  /// - Returns: The name, such as "Hangul" or "한글".
  /// - Throws: `ICUError` (`U_MISSING_RESOURCE_ERROR` when CLDR has no name for the code).
  package func scriptName(_ code: String) throws -> String {
    try nonEmpty(
      handle.withLock { names in
        try withUTF16Buffer { uldn_scriptDisplayName(names, code, $0, $1, &$2) }
      })
  }

  /// The name of a whole locale, language with region or script (`uldn_localeDisplayName`).
  /// - Parameter tag: A BCP 47 tag or ICU ID, such as `ko-KR` or `en_US`.
  /// - Returns: The name, such as "Korean (South Korea)".
  /// - Throws: `ICUError` (`U_MISSING_RESOURCE_ERROR` when CLDR has no name for the language).
  package func localeName(_ tag: String) throws -> String {
    let id = tag.replacing("-", with: "_")
    return try nonEmpty(
      handle.withLock { names in
        try withUTF16Buffer { uldn_localeDisplayName(names, id, $0, $1, &$2) }
      })
  }

  /// An empty answer means CLDR has no name (`UDISPCTX_NO_SUBSTITUTE`).
  private func nonEmpty(_ name: String) throws -> String {
    guard !name.isEmpty else { throw U_MISSING_RESOURCE_ERROR.error }
    return name
  }
}
