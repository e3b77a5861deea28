import SalinCore
import SalinDocuments
import Testing

@Suite("MarkdownReader")
struct MarkdownReaderTests {
  static func read(_ text: String, path: String = "a.md") throws -> Document {
    try DocumentReader.read(bytes: Array(text.utf8), path: path)
  }

  /// The seed's table, with blank lines between blocks, as cmark-gfm sees it.
  @Test func tableCellsWithExactColumns() throws {
    let text = """
      # Title

      Agreed Areas of Focus | Mga Detalye |
      ---|---|
      Missile Defense | Strengthening systems |

      """
    let document = try Self.read(text)
    let cells = document.segments.filter { $0.tableCell != nil }
    #expect(
      cells.map(\.text) == [
        "Agreed Areas of Focus", "Mga Detalye", "Missile Defense", "Strengthening systems",
      ])
    #expect(cells.map(\.kind) == [.tableHeaderCell, .tableHeaderCell, .tableCell, .tableCell])
    #expect(cells[1].range.start == SourcePosition(utf8Offset: 33, line: 3, column: 25))
    #expect(cells[1].range.end.column == 36)
    #expect(cells[3].tableCell == TableCellIndex(row: 1, column: 1))
    #expect(document.segments[0].kind == .heading(level: 1))
    #expect(document.segments[0].range.start.column == 3)
  }

  /// cmark counts bytes; Salin reports scalars and UTF-16 units.
  @Test(arguments: [
    ("## 한국어 제목\n", "한국어 제목", SourcePosition(utf8Offset: 3, line: 1, column: 4, utf16Column: 4)),
    (
      "| 🇰🇷 | 세부 정보 |\n|---|---|\n| a | b |\n", "세부 정보",
      SourcePosition(utf8Offset: 13, line: 1, column: 8, utf16Column: 10)
    ),
    (
      "Soft 👋\nbreak then **세부** text\n", "세부",
      SourcePosition(utf8Offset: 23, line: 2, column: 14, utf16Column: 14)
    ),
  ])
  func columnsWithHangulAndEmoji(text: String, needle: String, expected: SourcePosition) throws {
    let document = try Self.read(text)
    let segment = try #require(document.segments.first { $0.text.contains(needle) })
    let utf8 = Array(segment.text.utf8)
    let needleBytes = Array(needle.utf8)
    let offset = try #require(
      (0...(utf8.count - needleBytes.count)).first {
        Array(utf8[$0..<($0 + needleBytes.count)]) == needleBytes
      })
    let source = segment.sourceOffsets(ofTextUTF8: offset..<(offset + needleBytes.count))
    #expect(document.lines.position(of: source.lowerBound) == expected)
    #expect(String(decoding: document.lines.bytes[source], as: UTF8.self) == needle)
  }

  @Test func codeHTMLAndURLsAreSkipped() throws {
    let text = """
      Run `salin lint` now, see <https://example.com> or https://state.gov/x.
      <!-- a comment -->

      ```
      Mga Detalye
      ```

      """
    let document = try Self.read(text)
    #expect(document.segments.map(\.text) == ["Run   now, see   or  ."])
  }

  @Test func kindsOfBlocks() throws {
    let text = """
      - Sources
      - Second item

      > Quoted text

      See [the report](https://example.com) and ![Mapa ng rehiyon](map.png).

      """
    let document = try Self.read(text)
    #expect(
      document.segments.map(\.kind) == [
        .listItem, .listItem, .blockQuote, .paragraph, .linkText, .imageAlt,
      ])
    #expect(document.segments[4].text == "the report")
    #expect(document.segments[4].isNested)
    #expect(document.segments[4].range.start.column == 6)
    #expect(document.segments[5].text == "Mapa ng rehiyon")
    #expect(document.segments[3].text == "See the report and  .")
    #expect(document.segments[0].labelText == "Sources")
  }

  @Test func frontMatterDeclaresLanguage() throws {
    let text = """
      ---
      lang: tl
      title: Ang pulong
      ---
      # Mga Detalye

      """
    let document = try Self.read(text)
    #expect(document.declaredLanguage == DeclaredLanguage(language: .tagalog, source: .frontMatter))
    #expect(document.metadata["title"] == "Ang pulong")
    #expect(document.segments.map(\.kind) == [.frontMatter(key: "title"), .heading(level: 1)])
    #expect(document.segments[0].range.start == SourcePosition(utf8Offset: 20, line: 3, column: 8))
    #expect(document.segments[1].range.start.line == 5)
  }

  /// libyaml ends a line at LS (and NEL, PS), an editor does not: the summary after one is read
  /// from its own bytes and a problem after one is reported on the editor's line.
  @Test func frontMatterAfterALineSeparator() throws {
    let text = "---\nlang: tl\ntitle: \"Ang\u{2028}pulong\"\nsummary: \"Mga Detalye\"\n---\n# x\n"
    let document = try Self.read(text)
    let summary = try #require(document.segments.first { $0.kind == .frontMatter(key: "summary") })
    #expect(summary.range.start == SourcePosition(utf8Offset: 45, line: 4, column: 11))
    #expect(String(decoding: document.lines.bytes[45..<56], as: UTF8.self) == "Mga Detalye")
    let broken = "---\nlang: tl\ntitle: \"Ang\u{2028}pulong\"\nsummary: [x\n---\n# x\n"
    let error = try #require(throws: DocumentError.self) {
      try DocumentReader.read(bytes: Array(broken.utf8), path: "doc.md")
    }
    #expect(error.description.hasPrefix("doc.md:5:1: malformed YAML: front matter: "), "\(error)")
  }

  /// Broken front matter is an error at its line, not a document whose `lang:` quietly vanished.
  @Test(arguments: [
    (
      "---\nlang: tl\ntitle: [Ang pulong\n---\n# Mga Detalye\n",
      "doc.md:4:1: malformed YAML: front matter: "
    ),
    (
      "---\n- lang\n- tl\n---\nText.\n",
      "doc.md:2:1: malformed YAML: front matter must be a mapping of keys to values (lang: en, title: …)"
    ),
  ])
  func malformedFrontMatterIsAnError(text: String, expected: String) throws {
    let error = try #require(throws: DocumentError.self) {
      try DocumentReader.read(bytes: Array(text.utf8), path: "doc.md")
    }
    #expect(error.description.hasPrefix(expected), "\(error)")
  }

  @Test func escapesMapBackOntoTheSource() throws {
    let document = try Self.read("Fish \\& chips &amp; more\n")
    let segment = try #require(document.segments.first)
    #expect(segment.text == "Fish & chips & more")
    let chips = segment.sourceOffsets(ofTextUTF8: 7..<12)
    #expect(String(decoding: document.lines.bytes[chips], as: UTF8.self) == "chips")
    #expect(!segment.isVerbatim(textUTF8: 0..<12))
    #expect(segment.isVerbatim(textUTF8: 7..<12))
  }
}
