import Testing

@testable import SalinCatalog

@Suite("ExactKeyTable")
struct ExactKeyTableTests {
  static let keys = [
    "", "a", "label.details", "label.detail", "label.details.x", "meeting.session",
    "role.us.acting-deputy-under-secretary-defense-policy", "세부.내용", "café",
  ]

  @Test(arguments: keys)
  func findsEveryKeyByItsBytes(key: String) {
    let table = ExactKeyTable(Self.keys.enumerated().map { (0, $0.element, $0.offset) })
    #expect(table.value(for: key, in: 0) == Self.keys.firstIndex(of: key))
    #expect(table.value(for: key, in: 1) == nil)
  }

  @Test(arguments: [
    "label", "label.details ", "Label.details", "meeting.sessio", "b", "cafe\u{301}",
  ])
  func missesOtherBytes(key: String) {
    let table = ExactKeyTable(Self.keys.map { (0, $0, true) })
    // "cafe\u{301}" equals "café" as a String, but not byte for byte: the caller falls back.
    #expect(table.value(for: key, in: 0) == nil)
  }

  /// Many keys sharing long prefixes, so that positions collide and probing wraps.
  @Test func findsAmongManySimilarKeys() {
    let keys = (0..<500).map { "role.us.acting-deputy-under-secretary-defense-policy.\($0)" }
    // The same keys in three spaces (languages), each with its own values.
    let table = ExactKeyTable(
      (0..<3).flatMap { space in
        keys.enumerated().map { (space, $0.element, space * 1000 + $0.offset) }
      })
    for space in 0..<3 {
      #expect(
        keys.indices.allSatisfy { table.value(for: keys[$0], in: space) == space * 1000 + $0 })
    }
    #expect(table.value(for: keys[0] + "0", in: 0) == nil)
  }
}
