import Testing

@testable import SalinICU

@Suite("ICUNumberFormatter")
struct ICUNumberFormatterTests {
  @Test(arguments: [
    ("en", "", "1,234,567.891"), ("tl", "", "1,234,567.891"), ("ko", "", "1,234,567.891"),
    ("en", "compact-short", "1.2M"), ("tl", "compact-short", "1.2M"),
    ("ko", "compact-short", "123만"),
    ("en", "compact-long", "1.2 million"), ("tl", "compact-long", "1.2 milyon"),
    ("ko", "compact-long", "123만"),
    ("en", "currency/USD", "$1,234,567.89"), ("tl", "currency/USD", "$1,234,567.89"),
    ("ko", "currency/USD", "US$1,234,567.89"),
    ("en", ".00", "1,234,567.89"),
    ("en", "measure-unit/length-kilometer unit-width-full-name", "1,234,567.891 kilometers"),
    ("tl", "measure-unit/length-kilometer unit-width-full-name", "1,234,567.891 kilometro"),
    ("ko", "measure-unit/length-kilometer unit-width-full-name", "1,234,567.891킬로미터"),
  ])
  func formatsDouble(localeTag: String, skeleton: String, expected: String) throws {
    let formatter = try ICUNumberFormatter.shared(skeleton: skeleton, locale: ICULocale(localeTag))
    #expect(try formatter.format(1_234_567.891) == expected)
  }

  /// `percent` alone does not scale; `percent scale/100` turns a fraction into a percentage.
  @Test(arguments: [("percent", "25%"), ("percent scale/100", "2,500%")])
  func percentScaling(skeleton: String, expected: String) throws {
    let formatter = try ICUNumberFormatter.shared(skeleton: skeleton, locale: ICULocale("en"))
    #expect(try formatter.format(25.0) == expected)
    #expect(try formatter.format(Int64(25)) == expected)
  }

  @Test(arguments: [("en", "9,223,372,036,854,775,807"), ("ko", "9,223,372,036,854,775,807")])
  func formatsInt64Exactly(localeTag: String, expected: String) throws {
    let formatter = try ICUNumberFormatter.shared(skeleton: "", locale: ICULocale(localeTag))
    #expect(try formatter.format(Int64.max) == expected)
  }

  /// A decimal with more digits than a `Double` holds keeps every digit.
  @Test func formatsDecimalWithoutRounding() throws {
    let formatter = try ICUNumberFormatter.shared(skeleton: "", locale: ICULocale("en"))
    #expect(
      try formatter.format(decimal: "12345678901234567890.25") == "12,345,678,901,234,567,890.25")
    #expect(throws: ICUError.self) { try formatter.format(decimal: "twelve") }
  }

  @Test func sharesOneFormatterPerSignature() throws {
    let en = try ICULocale("en")
    let a = try ICUNumberFormatter.shared(skeleton: "compact-short", locale: en)
    let b = try ICUNumberFormatter.shared(skeleton: "compact-short", locale: en)
    let c = try ICUNumberFormatter.shared(skeleton: "compact-long", locale: en)
    #expect(a === b)
    #expect(a !== c)
  }

  @Test func rejectsMalformedSkeleton() throws {
    let error = #expect(throws: ICUError.self) {
      try ICUNumberFormatter(skeleton: "no-such-stem", locale: ICULocale("en"))
    }
    // ICU's name for a programmer; words for a user (the name was printed as it was).
    #expect(error?.description == "U_NUMBER_SKELETON_SYNTAX_ERROR")
    #expect(error?.explanation == "the number skeleton is not valid")
    let decimal = #expect(throws: ICUError.self) {
      try ICUNumberFormatter.shared(skeleton: "", locale: ICULocale("en")).format(decimal: "twelve")
    }
    #expect(decimal?.explanation.hasPrefix("U_") == false)
  }

  /// An unshared instance opens and closes its own handle.
  @Test func unsharedInstance() throws {
    #expect(
      try ICUNumberFormatter(skeleton: "compact-short", locale: ICULocale("ko")).format(
        Int64(12_345)) == "1.2만")
  }
}
