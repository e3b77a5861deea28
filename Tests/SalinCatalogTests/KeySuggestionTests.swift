import Testing

@testable import SalinCatalog

@Suite("KeySuggestion")
struct KeySuggestionTests {
  static let keys = ["label.details", "label.sources", "label.summary", "meeting.title"]

  @Test(arguments: [
    ("label.detials", "label.details"), ("label.sumary", "label.summary"),
    ("label.source", "label.sources"), ("Label.details", "label.details"),
  ])
  func aTypoGetsTheKeyItMeant(typed: String, expected: String) {
    #expect(KeySuggestion.closest(to: typed, among: Self.keys) == expected)
  }

  /// A key that is not a typo of any gets no suggestion rather than a random one.
  @Test(arguments: ["label.agenda", "summary", "x", ""])
  func aKeyFarFromEveryOtherGetsNone(typed: String) {
    #expect(KeySuggestion.closest(to: typed, among: Self.keys) == nil)
  }
}
