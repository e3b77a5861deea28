import Testing

@testable import SalinICU

@Suite("ICURuleBasedNumberFormat")
struct ICURuleBasedNumberFormatTests {
  @Test(arguments: [
    ("en", "%spellout-ordinal", 5, "fifth"), ("en", "%spellout-ordinal", 21, "twenty-first"),
    ("en", "%spellout-cardinal", 5, "five"),
    // ICU's Filipino ordinals are not idiomatic Tagalog ("ikalima"); SalinCatalog replaces them.
    ("tl", "%spellout-ordinal", 5, "ika limá"), ("tl", "%spellout-ordinal", 1, "ika isá"),
    ("tl", "%spellout-cardinal", 5, "limá"),
    ("ko", "%spellout-ordinal-native-count", 5, "다섯 번째"),
    ("ko", "%spellout-ordinal-native-count", 1, "첫 번째"),
    ("ko", "%spellout-ordinal-native", 5, "다섯째"),
    ("ko", "%spellout-cardinal-sinokorean", 15, "십오"),
    ("ko", "%spellout-cardinal-native", 5, "다섯"),
  ])
  func spellsOut(localeTag: String, ruleSet: String, n: Int64, expected: String) throws {
    let format = try ICURuleBasedNumberFormat.shared(
      .spellout, ruleSet: ruleSet, locale: ICULocale(localeTag))
    #expect(format.ruleSetNames.contains(ruleSet))
    #expect(format.ruleSet == ruleSet)
    #expect(try format.format(n) == expected)
  }

  @Test(arguments: [("en", "five"), ("tl", "limá"), ("ko", "오")])
  func defaultRuleSetIsNumbering(localeTag: String, expected: String) throws {
    let format = try ICURuleBasedNumberFormat.shared(.spellout, locale: ICULocale(localeTag))
    #expect(format.ruleSet == "%spellout-numbering")
    #expect(try format.format(Int64(5)) == expected)
  }

  /// RBNF spells fractions too, and ICU's ordinal and duration formats are rule-based.
  @Test(arguments: [
    (ICURuleBasedNumberFormat.Kind.spellout, "en", 2.5, "two point five"),
    (.ordinal, "en", 1024, "1,024th"), (.ordinal, "en", -5, "−5th"), (.ordinal, "ko", 5, "5번째"),
    (.ordinal, "fr", 5, "5e"), (.ordinal, "tl", 5, "ika5"),
    (.duration, "en", 123, "2:03"), (.duration, "en", 12, "12 sec."),
    (.duration, "en", -151_200.42, "-42:-00:-00"),
  ])
  func formatsDoubles(
    kind: ICURuleBasedNumberFormat.Kind, localeTag: String, value: Double, expected: String
  ) throws {
    let format = try ICURuleBasedNumberFormat.shared(kind, locale: ICULocale(localeTag))
    #expect(try format.format(value) == expected)
  }

  @Test func koreanHasNoSpelloutOrdinal() throws {
    let format = try ICURuleBasedNumberFormat.shared(.spellout, locale: ICULocale("ko"))
    #expect(
      format.ruleSetNames == [
        "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-sinokorean",
        "%spellout-cardinal-native-attributive", "%spellout-cardinal-native",
        "%spellout-cardinal-financial", "%spellout-ordinal-sinokorean-count",
        "%spellout-ordinal-native-count", "%spellout-ordinal-sinokorean",
        "%spellout-ordinal-native",
      ])
    #expect(throws: ICUError.self) {
      try ICURuleBasedNumberFormat(
        .spellout, ruleSet: "%spellout-ordinal", localeID: "ko", locale: ICULocale("ko"))
    }
  }

  @Test(
    arguments: [
      ("en", "%spellout-ordinal", "%spellout-ordinal"),
      ("tl", "%spellout-ordinal", "%spellout-ordinal"),
      ("ko", "%spellout-ordinal", "%spellout-ordinal-native-count"),
      ("ko", "%spellout-cardinal", "%spellout-cardinal-native"),
      ("ko", "%spellout-cardinal-financial", "%spellout-cardinal-financial"),
      ("en", "%no-such-rules", nil),
    ] as [(String, String, String?)])
  func equivalentRuleSet(localeTag: String, requested: String, resolved: String?) throws {
    let names = try ICURuleBasedNumberFormat.shared(.spellout, locale: ICULocale(localeTag))
      .ruleSetNames
    #expect(ICURuleBasedNumberFormat.equivalentRuleSet(for: requested, in: names) == resolved)
  }

  /// Why `ICULocale` maps `tl` to `fil`: ICU 72 has no spell-out rules under `tl` and silently
  /// falls back to the root (English) rules.
  @Test func rawTagalogIDFallsBackToEnglish() throws {
    let raw = try ICURuleBasedNumberFormat(
      .spellout, ruleSet: "%spellout-ordinal", localeID: "tl", locale: ICULocale("tl"))
    #expect(try raw.format(Int64(5)) == "fifth")
    let mapped = try ICURuleBasedNumberFormat.shared(
      .spellout, ruleSet: "%spellout-ordinal", locale: ICULocale("tl"))
    #expect(mapped.locale.icuID == "fil")
    #expect(try mapped.format(Int64(5)) == "ika limá")
  }

  /// Shared formats are used from many threads at once; the lock keeps each call whole.
  @Test func concurrentCallers() async throws {
    let formats = try [
      ("%spellout-ordinal-native-count", "다섯 번째"), ("%spellout-ordinal-native", "다섯째"),
      ("%spellout-cardinal-sinokorean", "오"), ("%spellout-cardinal-native", "다섯"),
    ].map {
      (try ICURuleBasedNumberFormat.shared(.spellout, ruleSet: $0.0, locale: ICULocale("ko")), $0.1)
    }
    try await withThrowingTaskGroup(of: Bool.self) { group in
      for task in 0..<8 {
        group.addTask {
          for round in 0..<100 {
            let (format, expected) = formats[(task + round) % formats.count]
            if try format.format(Int64(5)) != expected { return false }
          }
          return true
        }
      }
      for try await ok in group { #expect(ok) }
    }
  }
}
