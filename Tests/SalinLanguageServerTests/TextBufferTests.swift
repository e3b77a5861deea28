import SalinLanguageServer
import Testing

@Suite("TextBuffer")
struct TextBufferTests {
  // Line 1: "Hangul 한국어 then X": 한 is 3 bytes and 1 UTF-16 unit.
  // Line 2: "emoji 😀 then X": 😀 is 4 bytes and 2 UTF-16 units.
  static let text = "Hangul 한국어 then X\r\nemoji 😀 then X\n"

  @Test func hangulCountsOneUnitPerSyllable() {
    let buffer = TextBuffer(Self.text)
    let x = Array(Self.text.utf8).firstIndex(of: UInt8(ascii: "X"))!
    #expect(x == 7 + 9 + 6)  // bytes
    #expect(buffer.position(of: x) == Position(line: 0, character: 7 + 3 + 6))
    #expect(buffer.offset(of: Position(line: 0, character: 16)) == x)
  }

  @Test func emojiCountsTwoUnits() {
    let buffer = TextBuffer(Self.text)
    let bytes = Array(Self.text.utf8)
    let x = bytes.lastIndex(of: UInt8(ascii: "X"))!
    #expect(buffer.position(of: x) == Position(line: 1, character: 6 + 2 + 6))
    #expect(buffer.offset(of: Position(line: 1, character: 14)) == x)
    // Inside the surrogate pair: the emoji's start.
    let emoji = bytes.firstIndex(of: 0xF0)!
    #expect(buffer.offset(of: Position(line: 1, character: 7)) == emoji)
  }

  @Test func carriageReturnIsPartOfTheLineBreak() {
    let buffer = TextBuffer(Self.text)
    let crlf = Array(Self.text.utf8).firstIndex(of: 0x0D)!
    #expect(buffer.offset(of: Position(line: 0, character: 500)) == crlf)
    #expect(buffer.lineOffsets(line: 0) == 0..<crlf)
    #expect(buffer.lineCount == 3)
  }

  @Test func positionsPastTheEndAreClamped() {
    let buffer = TextBuffer(Self.text)
    #expect(buffer.offset(of: Position(line: 9, character: 0)) == Self.text.utf8.count)
    #expect(buffer.position(of: 10_000) == Position(line: 2, character: 0))
  }

  @Test func incrementalChangesReplaceByUTF16Range() {
    var buffer = TextBuffer(Self.text)
    // Replace 😀 (characters 6..<8 of line 1) with 한.
    buffer.apply(
      TextDocumentContentChangeEvent(
        range: TextRange(
          start: Position(line: 1, character: 6), end: Position(line: 1, character: 8)),
        text: "한"))
    // Insert a line at the top.
    buffer.apply(
      TextDocumentContentChangeEvent(
        range: TextRange(
          start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
        text: "첫 줄\n"))
    #expect(buffer.text == "첫 줄\nHangul 한국어 then X\r\nemoji 한 then X\n")
    buffer.apply(TextDocumentContentChangeEvent(text: "whole"))
    #expect(buffer.text == "whole")
  }

  @Test func scalarColumnsBecomeUTF16Characters() {
    let buffer = TextBuffer(Self.text)
    // Salin's messages count scalars: X on line 2 is scalar column 13 (0-based), UTF-16 14.
    #expect(buffer.position(line: 1, scalarColumn: 13) == Position(line: 1, character: 14))
  }
}
