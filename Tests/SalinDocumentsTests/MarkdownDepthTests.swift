import SalinCore
import SalinDocuments
import Testing

/// Markdown nested as deep as a file can make it: the reader walked cmark's tree recursively and
/// overflowed its stack (SIGSEGV) at 30,000 levels, killing a whole folder run.
@Suite("Markdown nesting depth")
struct MarkdownDepthTests {
  @Test(arguments: ["> ", "- ", "1. ", "* > "])
  func readsBlocksNestedThirtyThousandDeep(marker: String) throws {
    let text = String(repeating: marker, count: 30_000) + "Mga Detalye\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "deep.md")
    let segment = try #require(document.segments.last)
    #expect(segment.text == "Mga Detalye")
    #expect(segment.range.start.column == marker.count * 30_000 + 1)
  }

  @Test func readsEmphasisNestedThousandsDeep() throws {
    let text = String(repeating: "*a ", count: 5_000) + "b" + String(repeating: " a*", count: 5_000)
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "deep.md")
    #expect(document.segments.count == 1)
    #expect(
      document.segments.first?.text
        == String(repeating: "a ", count: 5_000) + "b" + String(repeating: " a", count: 5_000))
  }

  @Test func readsLinksInsideDeepEmphasis() throws {
    let text =
      String(repeating: "_", count: 2_000) + "[Mga Detalye](https://example.com/) and ![alt](x.png)"
      + String(repeating: "_", count: 2_000) + "\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "deep.md")
    #expect(document.segments.map(\.text) == ["Mga Detalye and", "Mga Detalye", "alt"])
    #expect(document.segments.map(\.kind) == [.paragraph, .linkText, .imageAlt])
  }
}
