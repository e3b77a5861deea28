internal import CICU
import Synchronization

/// Formats numbers as ICU's `NumberFormat` does: the locale's decimal, currency, percent and
/// integer formats, or a DecimalFormat pattern such as `#,##0.00` (`unum_open`).
///
/// These are the formats ICU's own MessageFormat makes for `{n}`, `{n, number}` and the named
/// and pattern styles, so their rounding is ICU's: the decimal format keeps at most three
/// fraction digits (1.23456789 → 1.235), `percent` multiplies by 100 (0.99 → 99%), `integer`
/// rounds half-even to a whole number. Number *skeletons* are `ICUNumberFormatter`'s.
///
/// `Sendable` notes: decimfmt.h says "DecimalFormat objects are not synchronized. Multiple
/// threads should not access one formatter concurrently", so the handle lives in a `Mutex` and
/// every call takes the lock.
package final class ICUDecimalFormat: Sendable {
  /// Which of ICU's number formats.
  package enum Style: Hashable, Sendable {
    /// The locale's decimal format (`NumberFormat::createInstance`): 1,234.568.
    case decimal
    /// The locale's currency format (`createCurrencyInstance`), in the locale's currency:
    /// $5.50 for en-US; ¤5.50 for a tag without a region, which has none.
    case currency
    /// The locale's percent format (`createPercentInstance`): 0.99 → 99%.
    case percent
    /// The decimal format without fraction digits, as MessageFormat's `integer` style.
    case integer
    /// A DecimalFormat pattern in the locale's symbols (`UNUM_PATTERN_DECIMAL`), as written.
    case pattern(String)
  }

  /// The style it was opened with.
  package let style: Style
  /// The locale whose symbols it uses.
  package let locale: ICULocale
  /// The `UNumberFormat *`, opaque so that no member names an ICU type; `ICUPluralRules` reads
  /// it under the lock to choose a category from the number as this format writes it.
  let handle: Mutex<OpaquePointer>

  private struct Signature: Hashable, Sendable {
    let style: Style
    let localeID: String
  }
  private static let cache = FormatterCache<Signature, ICUDecimalFormat>()

  /// The shared format for a style and locale, opened on first use.
  /// - Parameters:
  ///   - style: The format.
  ///   - locale: The locale.
  /// - Returns: A format that any thread may use.
  /// - Throws: `ICUError` (`U_PATTERN_SYNTAX_ERROR` and others for a pattern ICU rejects).
  package static func shared(style: Style, locale: ICULocale) throws -> ICUDecimalFormat {
    try cache.formatter(for: Signature(style: style, localeID: locale.icuID)) {
      try ICUDecimalFormat(style: style, locale: locale)
    }
  }

  /// Opens a format (`unum_open`).
  /// - Parameters:
  ///   - style: The format.
  ///   - locale: The locale.
  /// - Throws: `ICUError` when ICU rejects the pattern or cannot load the locale's data.
  package init(style: Style, locale: ICULocale) throws {
    self.style = style
    self.locale = locale
    handle = Mutex(OpaquePointer(try openDecimalFormat(style, localeID: locale.icuID)))
  }

  deinit { handle.withLock { unum_close(numberFormat($0)) } }

  /// Formats a number (`unum_formatDouble`).
  /// - Parameter value: The number.
  /// - Returns: The text, such as `1,234.568`.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Double) throws -> String {
    try handle.withLock { format in
      try withUTF16Buffer { unum_formatDouble(numberFormat(format), value, $0, $1, nil, &$2) }
    }
  }

  /// Formats a number and hands `body` its UTF-8, without making a `String`.
  /// - Parameters:
  ///   - value: The number.
  ///   - body: Reads the text's UTF-8 bytes, valid only during the call.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ value: Double, utf8 body: (UnsafeRawBufferPointer) -> Void) throws {
    // The lock is held while ICU writes into the caller's buffer, not while `body` reads it.
    try withUTF8Result(
      { buffer, capacity, status in
        lockedCall(handle, buffer, &status) { format, units, status in
          unum_formatDouble(numberFormat(format), value, units, capacity, nil, &status)
        }
      }, body)
  }

  /// Formats a decimal number given by its digits, without rounding through `Double`
  /// (`unum_formatDecimal`).
  /// - Parameter decimal: A number in ASCII, such as `12345678901234567890.25`.
  /// - Returns: The text.
  /// - Throws: `ICUError` (`U_DECIMAL_NUMBER_SYNTAX_ERROR` when the text is not a number).
  package func format(decimal: String) throws -> String {
    try handle.withLock { format in
      try decimal.withCString { digits in
        try withUTF16Buffer {
          unum_formatDecimal(
            numberFormat(format), digits, Int32(decimal.utf8.count), $0, $1, nil, &$2)
        }
      }
    }
  }

  /// Formats an amount of a currency, as ICU formats a `CurrencyAmount` with any number format
  /// (`unum_formatDoubleCurrency`): the currency's symbol and digits replace the locale's.
  /// - Parameters:
  ///   - value: The amount.
  ///   - currency: An ISO 4217 code, such as `EUR`.
  /// - Returns: The text, such as `€5.50` with the currency style.
  /// - Throws: `ICUError` for a code that is not three letters.
  package func format(_ value: Double, currency: String) throws -> String {
    var code = Array(currency.utf16) + [0]
    guard code.count == 4 else { throw ICUError(rawValue: U_ILLEGAL_ARGUMENT_ERROR.rawValue) }
    return try handle.withLock { format in
      try withUTF16Buffer {
        unum_formatDoubleCurrency(numberFormat(format), value, &code, $0, $1, nil, &$2)
      }
    }
  }

  /// The pattern ICU uses, such as `#,##0.###` (`unum_toPattern`).
  package var pattern: String {
    (try? handle.withLock { format in
      try withUTF16Buffer { unum_toPattern(numberFormat(format), 0, $0, $1, &$2) }
    }) ?? ""
  }
}

/// Opens the `UNumberFormat` of a style; a file-level function because it names ICU's enums.
private func openDecimalFormat(
  _ style: ICUDecimalFormat.Style, localeID: String
) throws -> UnsafeMutablePointer<UNumberFormat?> {
  var status = U_ZERO_ERROR
  var parseError = UParseError()
  let format: UnsafeMutablePointer<UNumberFormat?>?
  switch style {
  case .decimal, .integer:
    format = unum_open(UNUM_DECIMAL, nil, 0, localeID, nil, &status)
  case .currency:
    format = unum_open(UNUM_CURRENCY, nil, 0, localeID, nil, &status)
  case .percent:
    format = unum_open(UNUM_PERCENT, nil, 0, localeID, nil, &status)
  case .pattern:
    // As ICU's MessageFormat makes a pattern style: the locale's decimal format with the pattern
    // applied to it (`applyPattern`), not `UNUM_PATTERN_DECIMAL`'s new format from the pattern,
    // which rounds a currency amount in a `¤` pattern differently (CA$12.00 for ICU's CA$12).
    format = unum_open(UNUM_DECIMAL, nil, 0, localeID, nil, &status)
  }
  guard let format, status.isSuccess else {
    unum_close(format)
    throw status.error
  }
  if case .pattern(let pattern) = style {
    let units = Array(pattern.utf16)
    unum_applyPattern(format, 0, units, Int32(units.count), &parseError, &status)
    guard status.isSuccess else {
      unum_close(format)
      throw status.error
    }
  }
  if case .integer = style {
    // ICU's MessageFormat `integer` style: createIntegerFormat() in msgfmt.cpp.
    unum_setAttribute(format, UNUM_MAX_FRACTION_DIGITS, 0)
    unum_setAttribute(format, UNUM_DECIMAL_ALWAYS_SHOWN, 0)
    unum_setAttribute(format, UNUM_PARSE_INT_ONLY, 1)
  }
  return format
}

/// The `UNumberFormat *` behind an opaque handle.
func numberFormat(_ handle: OpaquePointer) -> UnsafeMutablePointer<UNumberFormat?> {
  UnsafeMutablePointer(handle)
}

/// Calls ICU under a handle's lock with a buffer from outside it: the buffer and status cross into
/// the lock as plain values (the lock's closure may take only what it can be sent).
func lockedCall(
  _ handle: borrowing Mutex<OpaquePointer>, _ buffer: UnsafeMutablePointer<UChar>?,
  _ status: inout UErrorCode,
  _ call: (OpaquePointer, UnsafeMutablePointer<UChar>?, inout UErrorCode) -> Int32
) -> Int32 {
  let address = Int(bitPattern: buffer)
  let (length, code) = handle.withLock { handle in
    var local = U_ZERO_ERROR
    let length = call(handle, UnsafeMutablePointer(bitPattern: address), &local)
    return (length, local.rawValue)
  }
  status = UErrorCode(rawValue: code)
  return length
}
