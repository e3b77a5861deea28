internal import CICU

/// Formats numbers by an ICU number skeleton for a locale (`unumf_*`).
///
/// Skeletons are ICU's stable, locale-independent description of a format: `""` (plain decimal),
/// `percent scale/100` (0.25 → 25%), `currency/USD`, `compact-short`, `compact-long`, `.00`
/// (exactly two fraction digits), `measure-unit/length-kilometer unit-width-full-name`. Note that
/// `percent` alone does not multiply: it formats 25 as 25%.
///
/// `Sendable` notes: unumberformatter.h says "The UNumberFormatter can be shared between threads.
/// Each thread should have its own local UFormattedNumber, however" — and each call here opens and
/// closes its own `UFormattedNumber`.
package final class ICUNumberFormatter: @unchecked Sendable {
  /// The skeleton the formatter was opened with.
  package let skeleton: String
  /// The locale whose symbols and grouping it uses.
  package let locale: ICULocale
  private let handle: OpaquePointer

  private struct Signature: Hashable, Sendable {
    let skeleton: String
    let localeID: String
  }
  private static let cache = FormatterCache<Signature, ICUNumberFormatter>()

  /// The shared formatter for a skeleton and locale, opened on first use.
  /// - Parameters:
  ///   - skeleton: An ICU number skeleton, such as `compact-short` or `currency/USD`.
  ///   - locale: The locale to format for.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` (`U_NUMBER_SKELETON_SYNTAX_ERROR` for a malformed skeleton).
  package static func shared(skeleton: String, locale: ICULocale) throws -> ICUNumberFormatter {
    try cache.formatter(for: Signature(skeleton: skeleton, localeID: locale.icuID)) {
      try ICUNumberFormatter(skeleton: skeleton, locale: locale)
    }
  }

  /// Opens a formatter for a skeleton and locale (`unumf_openForSkeletonAndLocale`).
  /// - Parameters:
  ///   - skeleton: An ICU number skeleton.
  ///   - locale: The locale to format for.
  /// - Throws: `ICUError` when the skeleton is malformed or the locale's data cannot load.
  package init(skeleton: String, locale: ICULocale) throws {
    let units = Array(skeleton.utf16)
    var status = U_ZERO_ERROR
    let handle = unumf_openForSkeletonAndLocale(units, Int32(units.count), locale.icuID, &status)
    guard let handle, status.isSuccess else {
      unumf_close(handle)
      throw status.error
    }
    self.skeleton = skeleton
    self.locale = locale
    self.handle = handle
  }

  deinit { unumf_close(handle) }

  /// Formats a floating-point number (`unumf_formatDouble`).
  /// - Parameter value: The number.
  /// - Returns: The formatted text, such as `1.2M` or `123만` for 1,234,567 in `compact-short`.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Double) throws -> String {
    try formattedNumber { unumf_formatDouble(handle, value, $0, &$1) }
  }

  /// Formats an integer exactly (`unumf_formatInt`).
  /// - Parameter value: The number.
  /// - Returns: The formatted text.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Int64) throws -> String {
    try formattedNumber { unumf_formatInt(handle, value, $0, &$1) }
  }

  /// Formats a decimal number given as text, without rounding through `Double`
  /// (`unumf_formatDecimal`).
  /// - Parameter decimal: A decimal number in ASCII, such as `12345678901234567890.25` or `1e3`.
  /// - Returns: The formatted text.
  /// - Throws: `ICUError` (`U_DECIMAL_NUMBER_SYNTAX_ERROR` when the text is not a number).
  package func format(decimal: String) throws -> String {
    try formattedNumber { result, status in
      decimal.withCString {
        unumf_formatDecimal(handle, $0, Int32(decimal.utf8.count), result, &status)
      }
    }
  }
}

/// Opens a `UFormattedNumber`, fills it, reads it as a string and closes it.
///
/// A file-level function, not a method: no member of `ICUNumberFormatter` may name `UErrorCode`
/// (see `ICUError`).
///
/// The text is read in place with `ufmtval_getString` (valid until the result is closed) rather
/// than copied out with `unumf_resultToString` into a buffer first: one copy fewer per number.
private func formattedNumber(_ fill: (OpaquePointer, inout UErrorCode) -> Void) throws -> String {
  var status = U_ZERO_ERROR
  guard let result = unumf_openResult(&status), status.isSuccess else { throw status.error }
  defer { unumf_closeResult(result) }
  fill(result, &status)
  try status.check()
  var length: Int32 = 0
  let units = ufmtval_getString(unumf_resultAsValue(result, &status), &length, &status)
  try status.check()
  guard let units else { throw U_INTERNAL_PROGRAM_ERROR.error }
  return String(utf16Units: UnsafeBufferPointer(start: units, count: Int(length)))
}
