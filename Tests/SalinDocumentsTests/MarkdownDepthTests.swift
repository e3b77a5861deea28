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

/// Old Mac files end lines with a lone CR.
///
/// cmark counts those as lines; Salin counted only LF, so
/// every position after the first CR pointed at the wrong bytes (found by fuzzing).
@Suite("Markdown with CR line endings")
struct MarkdownLineEndingTests {
  @Test(arguments: ["\r", "\r\n", "\n"])
  func positionsFollowCmarksLines(ending: String) throws {
    let text = ["# Title", "", "| A | Mga Detalye |", "|---|---|", "| x | y |", ""]
      .joined(separator: ending)
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    let cell = try #require(document.segments.first { $0.text == "Mga Detalye" })
    #expect(cell.range.start.line == 3)
    #expect(cell.range.start.column == 7)
    #expect(document.lineText(3) == "| A | Mga Detalye |")
  }
}
