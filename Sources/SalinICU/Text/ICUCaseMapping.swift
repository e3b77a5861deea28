internal import CICU

/// Locale-sensitive full case mapping (`u_strToLower`, `u_strToUpper`).
///
/// Full mappings change length (German ß upper-cases to SS) and depend on the locale (Turkish
/// and Azeri I lower-case to dotless ı), which is why this is not `String.lowercased()`.
package enum ICUCaseMapping {
  /// Languages whose case mapping of ASCII letters differs from the root's: Turkish and Azeri map I
  /// to ı and i to İ.
  ///
  /// Lithuanian differs only before combining accents, never in ASCII.
  private static let asciiSensitiveLanguages: Set<String> = ["tr", "az"]

  /// Lower-cases a text with the rules of a locale.
  /// - Parameters:
  ///   - s: The text to lower-case.
  ///   - locale: The locale whose rules apply.
  /// - Returns: The lower-cased text.
  /// - Throws: `ICUError` if ICU fails.
  package static func lowercased(_ s: String, locale: ICULocale) throws -> String {
    if let ascii = asciiFastPath(s, locale: locale, upper: false) { return ascii }
    return try caseMapped(s) { u_strToLower($0, $1, $2, $3, locale.icuID, &$4) }
  }

  /// Upper-cases a text with the rules of a locale.
  /// - Parameters:
  ///   - s: The text to upper-case.
  ///   - locale: The locale whose rules apply.
  /// - Returns: The upper-cased text.
  /// - Throws: `ICUError` if ICU fails.
  package static func uppercased(_ s: String, locale: ICULocale) throws -> String {
    if let ascii = asciiFastPath(s, locale: locale, upper: true) { return ascii }
    return try caseMapped(s) { u_strToUpper($0, $1, $2, $3, locale.icuID, &$4) }
  }

  /// Maps an all-ASCII text without ICU where the locale maps ASCII as the root locale does.
  private static func asciiFastPath(_ s: String, locale: ICULocale, upper: Bool) -> String? {
    guard !asciiSensitiveLanguages.contains(locale.icuLanguage) else { return nil }
    let range: ClosedRange<UInt8> = upper ? 0x61...0x7A : 0x41...0x5A
    var s = s  // `withUTF8` is mutating; it gives one contiguous buffer to scan.
    return s.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for i in bytes.indices {
          buffer[i] = range.contains(bytes[i]) ? bytes[i] ^ 0x20 : bytes[i]
        }
        return bytes.count
      }
    }
  }

}

/// Runs a full case mapping over UTF-16.
///
/// A file-level function, not a member: no member of `ICUCaseMapping` may name `UErrorCode` (see
/// `ICUError`).
private func caseMapped(
  _ s: String,
  _ convert: (UnsafeMutablePointer<UChar>?, Int32, UnsafePointer<UChar>, Int32, inout UErrorCode)
    -> Int32
) throws -> String {
  let units = Array(s.utf16)
  return try units.withUnsafeBufferPointer { source in
    guard let base = source.baseAddress else { return "" }
    return try withUTF16Buffer(initialCapacity: Int32(units.count)) { buffer, capacity, status in
      convert(buffer, capacity, base, Int32(units.count), &status)
    }
  }
}
