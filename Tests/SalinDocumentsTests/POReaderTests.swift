import SalinCore
import SalinDocuments
import Testing

@Suite("POReader")
struct POReaderTests {
  static let po = #"""
    # Tagalog translation.
    msgid ""
    msgstr ""
    "Language: tl\n"
    "Content-Type: text/plain; charset=UTF-8\n"

    #: src/labels.c:10
    msgid "Details"
    msgstr "Mga Detalye"

    msgctxt "footer"
    msgid "Sources"
    msgstr ""
    "Mga \"pinagmumulan\"\n"
    "😀 dito"

    msgid "One file"
    msgid_plural "%d files"
    msgstr[0] "Isang file"
    msgstr[1] ""

    #~ msgid "Old"
    #~ msgstr "Luma"
    """#

  @Test func messagesWithHeaderLanguage() throws {
    let document = try DocumentReader.read(bytes: Array(Self.po.utf8), path: "tl.po")
    #expect(document.declaredLanguage == DeclaredLanguage(language: .tagalog, source: .poHeader))
    #expect(document.metadata["Content-Type"] == "text/plain; charset=UTF-8")
    #expect(
      document.segments.map(\.kind) == [
        .poMessage(msgid: "Details", pluralIndex: nil),
        .poMessage(msgid: "Sources", pluralIndex: nil),
        .poMessage(msgid: "One file", pluralIndex: 0),
      ])
    #expect(
      document.segments.map(\.text) == [
        "Mga Detalye", "Mga \"pinagmumulan\"\n😀 dito", "Isang file",
      ])
    #expect(document.segments[0].range.start == SourcePosition(utf8Offset: 147, line: 9, column: 9))
    let second = document.segments[1]
    #expect(second.range.start.line == 14)
    #expect(second.range.start.column == 2)
    #expect(
      second.range.end == SourcePosition(utf8Offset: 239, line: 15, column: 8, utf16Column: 9))
    // "dito" maps onto line 15, after the emoji.
    let dito = second.sourceOffsets(
      ofTextUTF8: (second.text.utf8.count - 4)..<second.text.utf8.count)
    #expect(document.lines.position(of: dito.lowerBound).utf16Column == 5)
  }

  @Test(arguments: [
    ("msgid \"a\"\nmsgstr \"b\n", 2, 8, "unterminated string (no closing quote on this line)"),
    ("msgid \"a\"\nmsgtxt \"b\"\n", 2, 1, "unknown keyword 'msgtxt'"),
    ("\"orphan\"\n", 1, 1, "a string without a keyword before it"),
    ("msgid \"a\" x\nmsgstr \"\"\n", 1, 11, "text after the closing quote"),
    ("msgid \"a\\q\"\nmsgstr \"\"\n", 1, 9, "unknown escape '\\q'"),
    (
      "msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"\"\n", 3, 1,
      "msgstr[1] out of order (expected msgstr[0])"
    ),
  ])
  func malformed(text: String, line: Int, column: Int, message: String) {
    #expect(
      throws: DocumentError.malformedPO(path: "x.po", line: line, column: column, message: message)
    ) {
      try DocumentReader.read(bytes: Array(text.utf8), path: "x.po")
    }
  }
}
