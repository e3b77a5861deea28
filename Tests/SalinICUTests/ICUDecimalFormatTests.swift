import Testing

@testable import SalinICU

/// Outputs are ICU 72's own (the same as `icu::MessageFormat` gives for these styles).
@Suite("ICUDecimalFormat")
struct ICUDecimalFormatTests {
  @Test(arguments: [
    (ICUDecimalFormat.Style.decimal, "en", 1.23456789, "1.235"),
    (.decimal, "en", 123_456, "123,456"), (.decimal, "fr", 1234.5, "1\u{202F}234,5"),
    (.decimal, "es", 1234.5, "1.234,5"), (.decimal, "es-MX", 1234.5, "1,234.5"),
    (.percent, "en", 0.99, "99%"), (.percent, "en", 0.995, "100%"),
    (.integer, "en", 2.5, "2"), (.integer, "en", 3.5, "4"), (.integer, "en", 123_456.78, "123,457"),
    // A tag without a region has no currency: ICU writes the generic sign.
    (.currency, "en-US", 5.5, "$5.50"), (.currency, "en", 5.5, "¤5.50"),
    (.currency, "ko-KR", 5.5, "₩6"),
    (.pattern("#,##0.00"), "en", 1234.5, "1,234.50"),
    // A pattern is used as written: a space before it is a literal prefix, as in ICU.
    (.pattern(" #,##0.00"), "en", 1234.5, " 1,234.50"),
    (.pattern("'#'#"), "en", 123, "#123"), (.pattern("@@"), "en", 12_345, "12000"),
    (.pattern("0.###E0"), "en", 1234, "1.234E3"),
  ])
  func formats(style: ICUDecimalFormat.Style, tag: String, value: Double, expected: String) throws {
    #expect(
      try ICUDecimalFormat.shared(style: style, locale: ICULocale(tag)).format(value) == expected)
  }

  /// A currency amount's code replaces the locale's (`unum_formatDoubleCurrency`), and in a
  /// pattern applied as MessageFormat applies it the currency's rounding holds (CA$12, not the
  /// CA$12.00 a format opened from the pattern with `UNUM_PATTERN_DECIMAL` gives).
  @Test(arguments: [
    (ICUDecimalFormat.Style.currency, "en-US", 5.5, "EUR", "€5.50"),
    (.decimal, "en", 5.5, "EUR", "5.5"), (.pattern("¤"), "en", 12, "CAD", "CA$12"),
    (.pattern("¤¤"), "en", 12, "CAD", "CAD\u{A0}12"),
    (.pattern("¤#,##0.00;(¤#,##0.00)"), "en", -3.27, "USD", "($3.27)"),
  ])
  func currencyAmounts(
    style: ICUDecimalFormat.Style, tag: String, value: Double, code: String, expected: String
  ) throws {
    let format = try ICUDecimalFormat.shared(style: style, locale: ICULocale(tag))
    #expect(try format.format(value, currency: code) == expected)
  }

  @Test func rejectsACurrencyCodeThatIsNotThreeLetters() throws {
    let format = try ICUDecimalFormat.shared(style: .currency, locale: ICULocale("en-US"))
    #expect(throws: ICUError.self) { try format.format(1, currency: "EURO") }
  }

  /// Exact digits go to ICU as text (`unum_formatDecimal`), beyond what a `Double` holds.
  @Test func formatsDecimalDigits() throws {
    let format = try ICUDecimalFormat.shared(style: .decimal, locale: ICULocale("en"))
    #expect(
      try format.format(decimal: "99999999999999999999999999")
        == "99,999,999,999,999,999,999,999,999")
    #expect(throws: ICUError.self) { try format.format(decimal: "twelve") }
  }

  /// The pattern ICU formats with (`unum_toPattern`); integer is the decimal pattern without
  /// fraction digits.
  @Test func patterns() throws {
    #expect(
      try ICUDecimalFormat.shared(style: .decimal, locale: ICULocale("en")).pattern == "#,##0.###")
    #expect(
      try ICUDecimalFormat.shared(style: .integer, locale: ICULocale("en")).pattern == "#,##0")
  }

  @Test func rejectsABrokenPattern() {
    #expect(throws: ICUError.self) {
      try ICUDecimalFormat(style: .pattern("#,##0.0.0"), locale: ICULocale("en"))
    }
  }
}
