import SalinCatalog
import SalinCore
import Testing

@Suite("Catalog entry state")
struct CatalogEntryStateTests {
  @Test func stateIsReadAndCheckedToo() throws {
    let file = try CatalogFile.parse(
      """
      a:
        message: Mga Detalye
        state: needs-review
      b:
        message: Buod
        state: done
      c: Petsa
      """, path: "tl.yaml", defaultLanguage: .tagalog)
    #expect(file.entries.map(\.state) == [.needsReview, nil, nil])
    #expect(
      file.problems.map(\.description) == [
        "tl.yaml:6:10: 'state' takes new, needs-review, translated, final"
      ])
  }
}
