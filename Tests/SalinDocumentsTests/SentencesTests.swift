import SalinCore
import SalinDocuments
import Testing

@Suite("Document sentences and words")
struct SentencesTests {
  @Test func sentencesWithSourceRanges() throws {
    let text = "Intro 👋.\n> First one here. 두 번째 문장입니다. Third **bold** one.\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    let quote = try #require(document.segments.first { $0.kind == .blockQuote })
    let sentences = try document.sentences(of: quote, language: .english)
    #expect(sentences.map(\.text) == ["First one here.", "두 번째 문장입니다.", "Third bold one."])
    #expect(sentences.map(\.range.start.column) == [3, 19, 31])
    #expect(
      sentences[1].range.end == SourcePosition(utf8Offset: 57, line: 2, column: 30, utf16Column: 30)
    )
    // "bold" is between asterisks in the source; the sentence still ends on the source's period.
    #expect(sentences[2].range.end.column == 50)
  }

  @Test func wordsSkipSpacesAndPunctuation() throws {
    let document = try DocumentReader.read(
      bytes: Array("Mga Detalye: 세부 정보 (2024).\n".utf8), path: "a.txt")
    let segment = try #require(document.segments.first)
    let words = try document.words(of: segment, language: .tagalog)
    #expect(words.map(\.text) == ["Mga", "Detalye", "세부", "정보", "2024"])
    #expect(words.map(\.range.start.column) == [1, 5, 14, 17, 21])
  }
}
