import Testing

@testable import SalinICU

@Suite("ICUSpellOutFormatter")
struct ICUSpellOutFormatterTests {
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
    let formatter = try ICUSpellOutFormatter.shared(locale: ICULocale(localeTag))
    #expect(formatter.ruleSetNames.contains(ruleSet))
    #expect(try formatter.format(n, ruleSet: ruleSet) == expected)
  }

  @Test(arguments: [("en", "five"), ("tl", "limá"), ("ko", "오")])
  func defaultRuleSetIsNumbering(localeTag: String, expected: String) throws {
    let formatter = try ICUSpellOutFormatter.shared(locale: ICULocale(localeTag))
    #expect(formatter.defaultRuleSet == "%spellout-numbering")
    // The default comes back after a call that chose another rule set.
    _ = try formatter.format(5, ruleSet: formatter.ruleSetNames.last)
    #expect(try formatter.format(5) == expected)
  }

  @Test func koreanHasNoSpelloutOrdinal() throws {
    let formatter = try ICUSpellOutFormatter.shared(locale: ICULocale("ko"))
    #expect(
      formatter.ruleSetNames == [
        "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-sinokorean",
        "%spellout-cardinal-native-attributive", "%spellout-cardinal-native",
        "%spellout-cardinal-financial", "%spellout-ordinal-sinokorean-count",
        "%spellout-ordinal-native-count", "%spellout-ordinal-sinokorean",
        "%spellout-ordinal-native",
      ])
    #expect(throws: ICUError.self) { try formatter.format(5, ruleSet: "%spellout-ordinal") }
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
    let formatter = try ICUSpellOutFormatter.shared(locale: ICULocale(localeTag))
    #expect(formatter.equivalentRuleSet(for: requested) == resolved)
  }

  /// Why `ICULocale` maps `tl` to `fil`: ICU 72 has no spell-out rules under `tl` and silently
  /// falls back to the root (English) rules.
  @Test func rawTagalogIDFallsBackToEnglish() throws {
    let raw = try ICUSpellOutFormatter(localeID: "tl")
    #expect(try raw.format(5, ruleSet: "%spellout-ordinal") == "fifth")
    let mapped = try ICUSpellOutFormatter(locale: ICULocale("tl"))
    #expect(mapped.localeID == "fil")
    #expect(try mapped.format(5, ruleSet: "%spellout-ordinal") == "ika limá")
  }

  /// Choosing a rule set changes the handle's state: the lock keeps concurrent callers with
  /// different rule sets from seeing each other's choice.
  @Test func concurrentCallersWithDifferentRuleSets() async throws {
    let formatter = try ICUSpellOutFormatter.shared(locale: ICULocale("ko"))
    let cases = [
      ("%spellout-ordinal-native-count", "다섯 번째"), ("%spellout-ordinal-native", "다섯째"),
      ("%spellout-cardinal-sinokorean", "오"), ("%spellout-cardinal-native", "다섯"),
    ]
    try await withThrowingTaskGroup(of: Bool.self) { group in
      for task in 0..<8 {
        group.addTask {
          for round in 0..<100 {
            let (ruleSet, expected) = cases[(task + round) % cases.count]
            if try formatter.format(5, ruleSet: ruleSet) != expected { return false }
          }
          return true
        }
      }
      for try await ok in group { #expect(ok) }
    }
  }
}
