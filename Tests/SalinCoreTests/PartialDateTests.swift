import SalinCore
import Testing

@Suite("PartialDate")
struct PartialDateTests {
  @Test(arguments: [
    ("2025", PartialDate(year: 2025), PartialDate.Precision.year),
    ("2023-04", PartialDate(year: 2023, month: 4), .month),
    ("2024-12-09", PartialDate(year: 2024, month: 12, day: 9), .day),
  ])
  func parsesAndPrintsEachPrecision(
    text: String, expected: PartialDate, precision: PartialDate.Precision
  ) throws {
    let date = try #require(PartialDate(text))
    #expect(date == expected)
    #expect(date.precision == precision)
    #expect(date.description == text)
  }

  @Test(arguments: [
    "", "25", "2023-4", "2023-13", "2023-00", "2023-04-32", "2023/04", "2023-04-", "２０２３",
    "2023-02-29", "2023-04-31", "1900-02-29",
  ])
  func rejects(text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test(arguments: ["2024-02-29", "2000-02-29", "2023-01-31", "2023-04-30"])
  func acceptsRealLastDays(text: String) {
    #expect(PartialDate(text)?.description == text)
  }

  @Test func aDayWithoutAMonthIsDropped() {
    #expect(PartialDate(year: 2023, day: 5).description == "2023")
  }

  /// A year before 1000 is written in four digits, as it is read: `0024-09` came back as `24-09`,
  /// which does not load (found by the briefing fuzz target).
  @Test(arguments: ["0024-09", "0001", "0999-12-31"])
  func smallYearsRoundTrip(text: String) {
    #expect(PartialDate(text)?.description == text)
  }
}
