@testable import SalinCatalog
import SalinICU
import Testing

@Suite("Tagalog linker and ordinals")
struct TagalogGrammarTests {
  @Test(arguments: [
    ("ikalima", "ikalimang"), ("ikaapat", "ikaapat na"), ("una", "unang"),
    ("ikasampu", "ikasampung"),
    ("bayan", "bayang"), ("ika-11", "ika-11 na"), ("EDSCG", "EDSCG na"), ("malakas", "malakas na"),
    ("2025", "2025 na"), ("Estados Unidos", "Estados Unidos na"),
    // Names and foreign words are never respelled: they take na (issue 13).
    ("Kim Hong Kyun", "Kim Hong Kyun na"), ("Washington", "Washington na"), ("Japan", "Japan na"),
    ("missile", "missile na"), ("cyber", "cyber na"), ("Manila", "Manila na"),
    ("ikalawa", "ikalawang"), ("daan", "daang"), ("maganda", "magandang"),
  ])
  func linker(value: String, expected: String) {
    #expect(value + TagalogLinker.suffix(after: value) == expected)
  }

  @Test(
    arguments: [
      (1, "una"), (2, "ikalawa"), (3, "ikatlo"), (4, "ikaapat"), (5, "ikalima"), (6, "ikaanim"),
      (7, "ikapito"), (8, "ikawalo"), (9, "ikasiyam"), (10, "ikasampu"), (11, nil), (0, nil),
    ] as [(Int64, String?)])
  func spelledOrdinals(n: Int64, expected: String?) {
    #expect(TagalogOrdinals.spelled(n) == expected)
  }

  /// Salin's Tagalog ordinals replace ICU 72's Filipino `%spellout-ordinal`, which is not what
  /// Tagalog writes; this pins the ICU output they replace, so an ICU upgrade that fixes it shows.
  @Test(arguments: [(Int64(1), "ika isá"), (5, "ika limá"), (11, "ika labíng-isá")])
  func icuFilipinoOrdinalIsReplaced(n: Int64, icuOutput: String) throws {
    let icu = try ICURuleBasedNumberFormat.shared(
      .spellout, ruleSet: "%spellout-ordinal", locale: ICULocale("tl"))
    #expect(try icu.format(n) == icuOutput)
    #expect(TagalogOrdinals.spelled(n) != icuOutput)
  }

  @Test(
    arguments: [
      (0, "sero"), (1, "isa"), (5, "lima"), (10, "sampu"), (11, "labing-isa"), (15, "labinlima"),
      (20, "dalawampu"), (21, "dalawampu't isa"), (45, "apatnapu't lima"), (100, "isang daan"),
      (400, "apat na raan"), (125, "isang daan at dalawampu't lima"), (1000, "isang libo"),
      (2025, "dalawang libo at dalawampu't lima"), (40_000, "apatnapung libo"),
      (3_000_000, "tatlong milyon"),
    ] as [(Int64, String)])
  func cardinals(n: Int64, expected: String) {
    #expect(TagalogNumbers.cardinal(n) == expected)
  }

  /// ICU 72's Filipino cardinals carry stress marks and split the tens, which no Philippine
  /// newspaper prints; this pins the output Salin's cardinals replace.
  @Test(arguments: [(Int64(5), "limá"), (21, "dalawáng pû’t isá"), (100, "isáng daán")])
  func icuFilipinoCardinalIsReplaced(n: Int64, icuOutput: String) throws {
    let icu = try ICURuleBasedNumberFormat.shared(
      .spellout, ruleSet: "%spellout-cardinal", locale: ICULocale("tl"))
    #expect(try icu.format(n) == icuOutput)
    #expect(TagalogNumbers.cardinal(n) != icuOutput)
  }
}
