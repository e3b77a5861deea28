import SalinCore
import SalinDocuments
import Testing

@Suite("POFile")
struct POFileTests {
  /// A file in the layout msgmerge writes, every kind of line included.
  static let po = #"""
    # Tagalog translation of Salin's labels.
    msgid ""
    msgstr ""
    "Language: tl\n"
    "Plural-Forms: nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 "
    "|| n % 10 == 6 || n % 10 == 9));\n"

    # Reviewed by the desk.
    #. The table header above the details column.
    #: seeds/edscg-5.briefing.yaml:227
    #, fuzzy, icu-format
    #| msgid "Detail"
    msgctxt "label.details"
    msgid "Details"
    msgstr "Mga Detalye"

    msgid "One file"
    msgid_plural "{n} files"
    msgstr[0] "Isang file"
    msgstr[1] "{n} na file"

    #~ msgid "Old"
    #~ msgstr "Luma"

    """#

  @Test func readsEveryPart() throws {
    let file = try POFile.parse(bytes: Array(Self.po.utf8), path: "tl.po")
    #expect(file.language == .tagalog)
    #expect(
      file.headerField("Plural-Forms")
        == "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9));"
    )
    #expect(file.header?.translatorComments == ["Tagalog translation of Salin's labels."])
    #expect(file.entries.count == 3)
    let details = file.entries[0]
    #expect(details.translatorComments == ["Reviewed by the desk."])
    #expect(details.extractedComments == ["The table header above the details column."])
    #expect(details.references == ["seeds/edscg-5.briefing.yaml:227"])
    #expect(details.flags == ["fuzzy", "icu-format"])
    #expect(details.isFuzzy)
    #expect(details.previousMsgid == "Detail")
    #expect(details.context?.text == "label.details")
    #expect(details.msgid.text == "Details")
    #expect(details.msgstr.map(\.text) == ["Mga Detalye"])
    #expect(details.location?.description == "tl.po:8:1")
    #expect(details.msgstr[0].location?.description == "tl.po:15:9")
    let plural = file.entries[1]
    #expect(plural.msgidPlural?.text == "{n} files")
    #expect(plural.msgstr.map(\.text) == ["Isang file", "{n} na file"])
    #expect(plural.msgstr[1].location?.description == "tl.po:20:12")
    #expect(file.entries[2].isObsolete)
    #expect(file.entries[2].msgstr.map(\.text) == ["Luma"])
  }

  @Test func writesWhatItReads() throws {
    let file = try POFile.parse(bytes: Array(Self.po.utf8), path: "tl.po")
    #expect(file.text == Self.po)
  }

  @Test func writesLongAndMultiLineStrings() {
    var entry = POEntry(
      context: "k", msgid: "Line one\nLine \"two\"",
      msgstr: [String(repeating: "salita ", count: 14) + "dulo"])
    entry.extractedComments = ["A note."]
    let file = POFile(path: "x.po", entries: [entry])
    #expect(
      file.text == #"""
        #. A note.
        msgctxt "k"
        msgid ""
        "Line one\n"
        "Line \"two\""
        msgstr ""
        "salita salita salita salita salita salita salita salita salita salita salita "
        "salita salita salita dulo"

        """#)
  }

  @Test func rejectsInvalidUTF8() {
    #expect(throws: DocumentError.invalidUTF8(path: "x.po", line: 2, column: 9)) {
      try POFile.parse(bytes: Array("msgid \"\"\nmsgstr \"".utf8) + [0xFF, 0x22], path: "x.po")
    }
  }

  /// An entry that follows another without a blank line finished the first from inside the
  /// keyword reader while it held the entry: the exclusivity check trapped (found by fuzzing).
  @Test func readsEntriesWithoutBlankLinesBetweenThem() throws {
    let file = try POFile.parse(
      bytes: Array(
        "msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\"\nmsgstr \"d\"\nmsgctxt \"x\"\nmsgid \"e\"\nmsgstr \"f\"\n"
          .utf8),
      path: "x.po")
    #expect(file.entries.map(\.msgid.text) == ["a", "c", "e"])
    #expect(file.entries.map { $0.msgstr.first?.text } == ["b", "d", "f"])
  }
}
