import Foundation
import SalinCore
import SalinDocuments
import SalinTestSupport
import Testing

@Suite("PlainTextReader")
struct PlainTextReaderTests {
  static func seed() throws -> Document {
    try DocumentReader.read(
      contentsOf: TestSupport.seedArticleURL
        .path)
  }

  @Test func seedStructure() throws {
    let document = try Self.seed()
    #expect(document.format == .plainText)
    #expect(document.declaredLanguage == nil)
    let headings = document.segments.filter { if case .heading = $0.kind { true } else { false } }
    #expect(
      headings.map(\.text) == [
        "Advancing Security Through Deterrence", "Responding to North Korean Provocations",
        "Broader Security Implications", "Strong Alliances in an Unstable World",
      ])
    #expect(headings.map(\.range.start.line) == [2, 7, 11, 20])
    let header = document.segments.filter { $0.kind == .tableHeaderCell }
    #expect(header.map(\.text) == ["Agreed Areas of Focus", "Mga Detalye"])
    #expect(
      header.map(\.tableCell) == [
        TableCellIndex(row: 0, column: 0), TableCellIndex(row: 0, column: 1),
      ])
    let details = header[1]
    #expect(details.range.start == SourcePosition(utf8Offset: 2386, line: 15, column: 25))
    #expect(details.range.end.column == 36)
    #expect(details.labelText == "Mga Detalye")
    let cells = document.segments.filter { $0.kind == .tableCell }
    #expect(cells.count == 6)
    #expect(cells[2].text == "Cybersecurity")
    #expect(cells[2].tableCell == TableCellIndex(row: 2, column: 0))
    let bullets = document.segments.filter { $0.kind == .listItem }
    #expect(bullets.count == 2)
    #expect(bullets[0].text.hasPrefix("Both nations reaffirmed"))
    #expect(bullets[0].range.start.column == 3)
  }

  @Test func labelPrefixOnLastLine() throws {
    let document = try Self.seed()
    let last = try #require(document.segments.last)
    #expect(last.kind == .paragraph)
    #expect(last.range.start.line == 25)
    #expect(last.labelText == "Mga pinagmumulan")
    let source = document.lines.range(
      of: last.sourceOffsets(ofTextUTF8: try #require(last.labelRange)))
    #expect(source.start.column == 1)
    #expect(source.end.column == 17)
  }

  /// Hangul is 3 bytes and 1 UTF-16 unit a syllable; an emoji is 4 bytes and 2 units.
  @Test(arguments: [
    ("한국어 제목 | 세부 정보 |\n---|---|\n가 | 나 |\n", "세부 정보", 1, 10, 10, 19),
    ("🇰🇷 Korea | Mga Detalye |\n---|---|\n", "Mga Detalye", 1, 12, 14, 17),
    ("Intro 👋 line.\n😀 Label: 안녕 😀 text.\n", "안녕 😀 text.", 2, 10, 11, 29),
  ])
  func columnsWithHangulAndEmoji(
    text: String, segmentText: String, line: Int, column: Int, utf16Column: Int, utf8Offset: Int
  ) throws {
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "t.txt")
    let segment = try #require(document.segments.first { $0.text.hasSuffix(segmentText) })
    let start: SourcePosition
    if segment.text == segmentText {
      start = segment.range.start
    } else {
      let offset = segment.text.utf8.count - segmentText.utf8.count
      start = document.lines.position(
        of: segment.sourceOffsets(ofTextUTF8: offset..<segment.text.utf8.count).lowerBound)
    }
    #expect(
      start
        == SourcePosition(
          utf8Offset: utf8Offset, line: line, column: column, utf16Column: utf16Column))
  }

  @Test func urlsAreLeftOut() throws {
    let document = try DocumentReader.read(
      bytes: Array("See https://www.state.gov/edscg for more.\n".utf8), path: "a.txt")
    #expect(document.segments.map(\.text) == ["See   for more."])
  }
}
