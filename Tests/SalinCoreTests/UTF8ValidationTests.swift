import SalinCore
import Testing

@Suite("UTF8Validation")
struct UTF8ValidationTests {
  @Test(arguments: ["", "Mga Detalye", "세부 정보\n한미 🇰🇷"])
  func validTextHasNoInvalidPosition(text: String) {
    #expect(UTF8Validation.firstInvalidPosition(in: Array(text.utf8)) == nil)
  }

  /// The column counts scalars before the bad byte; the UTF-16 column counts the emoji as two.
  @Test func thePositionOfTheFirstBadByte() {
    let bytes = Array("ok\n세부 😀".utf8) + [0xFF] + Array("x".utf8)
    let position = UTF8Validation.firstInvalidPosition(in: bytes)
    #expect(position == SourcePosition(utf8Offset: 14, line: 2, column: 5, utf16Column: 6))
  }

  /// A sequence cut short at the end of the file is invalid where it starts.
  @Test func aTruncatedSequenceAtTheEnd() {
    let bytes = Array("abc".utf8) + [0xEC, 0x84]
    #expect(UTF8Validation.firstInvalidPosition(in: bytes)?.utf8Offset == 3)
    #expect(UTF8Validation.firstInvalidPosition(in: bytes)?.column == 4)
  }
}
