import Testing

@testable import SalinICU

@Suite("ICUPluralRules")
struct ICUPluralRulesTests {
  @Test(arguments: [
    ("tl", 1, "one"), ("tl", 2, "one"), ("tl", 3, "one"), ("tl", 5, "one"), ("tl", 7, "one"),
    ("tl", 8, "one"), ("tl", 10, "one"), ("tl", 11, "one"), ("tl", 4, "other"), ("tl", 6, "other"),
    ("tl", 9, "other"), ("tl", 14, "other"), ("tl", 0, "one"),
    ("en", 1, "one"), ("en", 0, "other"), ("en", 2, "other"),
    ("ko", 1, "other"), ("ko", 5, "other"),
  ])
  func cardinal(localeTag: String, n: Int, category: String) throws {
    let rules = try ICUPluralRules.shared(locale: ICULocale(localeTag), kind: .cardinal)
    #expect(rules.select(n) == category)
    #expect(rules.select(Double(n)) == category)
  }

  @Test(arguments: [
    ("en", 1, "one"), ("en", 2, "two"), ("en", 3, "few"), ("en", 4, "other"), ("en", 11, "other"),
    ("en", 12, "other"), ("en", 21, "one"), ("en", 22, "two"), ("en", 23, "few"),
    ("tl", 1, "one"), ("tl", 2, "other"), ("ko", 1, "other"),
  ])
  func ordinal(localeTag: String, n: Int, category: String) throws {
    let rules = try ICUPluralRules.shared(locale: ICULocale(localeTag), kind: .ordinal)
    #expect(rules.select(n) == category)
  }

  @Test(
    arguments: [
      ("en", ICUPluralRules.Kind.cardinal, ["one", "other"]),
      ("en", .ordinal, ["one", "two", "few", "other"]),
      ("tl", .cardinal, ["one", "other"]), ("tl", .ordinal, ["one", "other"]),
      ("ko", .cardinal, ["other"]), ("ko", .ordinal, ["other"]),
    ] as [(String, ICUPluralRules.Kind, Set<String>)])
  func keywords(localeTag: String, kind: ICUPluralRules.Kind, keywords: Set<String>) throws {
    #expect(
      try ICUPluralRules.shared(locale: ICULocale(localeTag), kind: kind).keywords == keywords)
  }

  @Test func decimalsInEnglishAreOther() throws {
    let rules = try ICUPluralRules.shared(locale: ICULocale("en"), kind: .cardinal)
    #expect(rules.select(1.5) == "other")
  }

  /// An unshared instance opens and closes its own handle.
  @Test func unsharedInstance() throws {
    #expect(try ICUPluralRules(locale: ICULocale("tl"), kind: .cardinal).select(4) == "other")
  }
}

/// ICU's MessageFormat chooses a plural branch from the number as a decimal format writes it
/// (`uplrules_selectWithFormat`), not from the raw value.
@Suite("ICUPluralRules with a format")
struct ICUPluralRulesFormattedTests {
  @Test(arguments: [
    (ICUDecimalFormat.Style.decimal, 1.0001, "one"),  // written "1"
    (.decimal, 1.5, "other"), (.currency, 1, "other"),  // written "$1.00": visible decimals
    (.integer, 1.4, "one"), (.pattern("0.0"), 1, "other"),
  ])
  func selectsByTheFormattedNumber(style: ICUDecimalFormat.Style, n: Double, category: String)
    throws
  {
    let rules = try ICUPluralRules.shared(locale: ICULocale("en-US"), kind: .cardinal)
    let format = try ICUDecimalFormat.shared(style: style, locale: ICULocale("en-US"))
    #expect(rules.select(n, formattedBy: format) == category)
  }

  @Test func rawValueDiffers() throws {
    let rules = try ICUPluralRules.shared(locale: ICULocale("en"), kind: .cardinal)
    #expect(rules.select(1.0001) == "other")
  }
}
