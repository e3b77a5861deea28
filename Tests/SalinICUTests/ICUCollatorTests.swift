import Testing

@testable import SalinICU

@Suite("ICUCollator")
struct ICUCollatorTests {
  static let words = [
    "ng", "nz", "na", "ño", "o", "nga", "Zebra", "apple", "Äpfel", "한국", "가나", "東京", "ny",
  ]

  // Äpfel before apple: at the primary level it is "apfel", and f sorts before p.
  @Test(arguments: [
    (
      "en", ["Äpfel", "apple", "na", "ng", "nga", "ño", "ny", "nz", "o", "Zebra", "가나", "한국", "東京"]
    ),
    // Filipino: ñ after n, then ng as a letter of its own, then o.
    (
      "tl", ["Äpfel", "apple", "na", "ny", "nz", "ño", "ng", "nga", "o", "Zebra", "가나", "한국", "東京"]
    ),
    // Korean: Hangul and Han before Latin.
    (
      "ko", ["가나", "東京", "한국", "Äpfel", "apple", "na", "ng", "nga", "ño", "ny", "nz", "o", "Zebra"]
    ),
  ])
  func sortsInLocaleOrder(localeTag: String, expected: [String]) throws {
    let collator = try ICUCollator.shared(locale: ICULocale(localeTag))
    #expect(collator.sorted(Self.words) == expected)
    #expect(Self.words.sorted(by: collator.areInIncreasingOrder) == expected)
  }

  /// ICU 72 has no collation data under `tl`: the raw ID sorts in root order, ng among the n's.
  @Test func rawTagalogIDFallsBackToRootOrder() throws {
    let locale = try ICULocale("tl")
    let raw = try ICUCollator(localeID: "tl", locale: locale, strength: .tertiary)
    #expect(raw.compare("ng", "nz") == .ascending)
    #expect(try ICUCollator(locale: locale).compare("ng", "nz") == .descending)
  }

  @Test(arguments: [
    (ICUCollator.Strength.primary, "role", "Rôle", ICUCollator.Order.same),
    (.secondary, "role", "Role", .same), (.secondary, "role", "rôle", .ascending),
    (.tertiary, "role", "Role", .ascending), (.tertiary, "b", "a", .descending),
    (.tertiary, "회의", "회의", .same),
  ])
  func strengths(strength: ICUCollator.Strength, a: String, b: String, order: ICUCollator.Order)
    throws
  {
    let collator = try ICUCollator.shared(locale: ICULocale("en"), strength: strength)
    #expect(collator.compare(a, b) == order)
    let keyOrder: ICUCollator.Order =
      collator.sortKey(a) == collator.sortKey(b)
      ? .same
      : collator.sortKey(a).lexicographicallyPrecedes(collator.sortKey(b))
        ? .ascending : .descending
    #expect(keyOrder == order)
  }

  @Test func sortIsStableForEqualStrings() throws {
    let collator = try ICUCollator.shared(locale: ICULocale("en"), strength: .primary)
    #expect(
      collator.sorted(["b", "Role", "a", "role", "RÔLE"]) == ["a", "b", "Role", "role", "RÔLE"])
    #expect(collator.sorted([]) == [])
  }

  @Test func longStringsGetWholeSortKeys() throws {
    let collator = try ICUCollator.shared(locale: ICULocale("ko"))
    let long = String(repeating: "확장억제전략협의체 ", count: 200)
    #expect(collator.sortKey(long).count > 32)
    #expect(collator.compare(long + "가", long + "나") == .ascending)
  }
}
