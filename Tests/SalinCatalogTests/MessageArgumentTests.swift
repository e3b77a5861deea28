import SalinCatalog
import Testing

@Suite("MessageArgument")
struct MessageArgumentTests {
  @Test(arguments: [
    ("2023-04-26", MessageArgument.date(year: 2023, month: 4, day: 26)),
    ("2023-04", .date(year: 2023, month: 4, day: nil)),
    ("5", .number(5)), ("-2.5", .number(-2.5)), ("1e-7", .number(1e-7)),
    ("1.5E21", .number(1.5e21)), ("1e", .string("1e")), ("e5", .string("e5")),
    ("1e+", .string("1e+")),
    ("12345678901234567890", .decimal("12345678901234567890")),
    ("KR", .string("KR")), ("2023-13", .string("2023-13")), ("1.2.3", .string("1.2.3")),
    ("", .string("")),
  ])
  func parsesByShape(text: String, expected: MessageArgument) {
    #expect(MessageArgument.parsing(text) == expected)
  }

  @Test func repeatedValuesMakeAList() {
    #expect(MessageArgument.parsing(["A", "B"]) == .list(["A", "B"]))
    #expect(MessageArgument.parsing(["A"]) == .string("A"))
  }
}
