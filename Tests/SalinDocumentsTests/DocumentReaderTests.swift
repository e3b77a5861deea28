import Foundation
import SalinCore
import SalinDocuments
import SalinTestSupport
import Testing

@Suite("DocumentReader")
struct DocumentReaderTests {
  @Test(
    arguments: [
      ([UInt8](), DocumentError.empty(path: "f.txt"), "f.txt: file is empty"),
      // The NUL is named where it is, not at 1:1.
      (
        Array("ok\n한국 ".utf8) + [0x00, 0x49],
        DocumentError.binary(path: "f.txt", line: 2, column: 4),
        "f.txt:2:4: binary file (a NUL byte here), not text: Salin reads UTF-8 text"
      ),
      (
        Array("ok\nbad ".utf8) + [0xFF, 0xFE],
        DocumentError.invalidUTF8(path: "f.txt", line: 2, column: 5),
        "f.txt:2:5: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)"
      ),
      // A lone CR ends a line, as in CommonMark, YAML and LSP.
      (
        Array("ok\rbad ".utf8) + [0xFF, 0xFE],
        DocumentError.invalidUTF8(path: "f.txt", line: 2, column: 5),
        "f.txt:2:5: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)"
      ),
    ] as [([UInt8], DocumentError, String)])
  func badInput(bytes: [UInt8], expected: DocumentError, message: String) {
    #expect(throws: expected) { try DocumentReader.read(bytes: bytes, path: "f.txt") }
    #expect(expected.description == message)
  }

  /// A tag Salin's own syntax declares must be BCP 47: the author meant to declare something,
  /// and reading on would lint the document in no language (SL005) or the wrong one.
  @Test(arguments: [
    ("a.md", "---\ntitle: x\nlang: english please\n---\n# X\n", "a.md:3"),
    ("a.md", "# X\n\n<!-- salin: lang=en_US -->\n", "a.md:3"),
    ("a.po", "# salin: lang=tl_PH\nmsgid \"a\"\nmsgstr \"b\"\n", "a.po:1"),
  ])
  func invalidDeclaredLanguageIsAnError(path: String, text: String, location: String) {
    do {
      _ = try DocumentReader.read(bytes: Array(text.utf8), path: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix(location + ": '"), "\(error)")
      #expect(error.description.contains("is not a BCP 47 language tag"))
    }
  }

  /// An ill-formed HTML `lang` is HTML's "unknown language": no declaration, no error.
  @Test func illFormedHTMLLangDeclaresNothing() throws {
    let document = try DocumentReader.read(
      bytes: Array("<html lang=\"english please\">\n<p>Hi</p>\n".utf8), path: "a.txt")
    #expect(document.declaredLanguage == nil)
  }

  @Test func missingFile() {
    #expect(throws: DocumentError.unreadable(path: "/nonexistent/x.md", reason: "no such file")) {
      try DocumentReader.read(contentsOf: "/nonexistent/x.md")
    }
  }

  @Test(arguments: [
    ("article.ko.md", "# 제목\n", Language.korean, DeclaredLanguage.Source.fileName),
    ("a.md", "<!-- salin: lang=tl -->\n# Pamagat\n", Language.tagalog, .comment),
    ("a.html.txt", "<html lang=\"ko\">\n", Language.korean, .htmlAttribute),
  ])
  func declaredLanguage(
    path: String, text: String, language: Language, source: DeclaredLanguage.Source
  ) throws {
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: path)
    #expect(document.declaredLanguage == DeclaredLanguage(language: language, source: source))
  }

  @Test func noDeclaredLanguage() throws {
    let document = try DocumentReader.read(bytes: Array("Hello.\n".utf8), path: "notes.md")
    #expect(document.declaredLanguage == nil)
  }

  @Test func directivesAndDeclaredSpans() throws {
    let text = """
      <!-- salin: lang=en -->
      Intro <span lang="tl">Magandang umaga</span> all.
      <!-- salin-disable-next-line SL002, SL004 -->
      <!-- salin: lang=ko -->
      안녕하세요
      <!-- salin: end -->
      <!-- salin-disable -->
      <!-- salin-enable SL001 -->

      """
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    #expect(document.declaredLanguage == DeclaredLanguage(language: .english, source: .comment))
    #expect(
      document.directives.map(\.command) == [
        .language(.english), .disableNextLine(codes: ["SL002", "SL004"]), .language(.korean), .end,
        .disable(codes: []), .enable(codes: ["SL001"]),
      ])
    #expect(document.directives[1].range.start.line == 3)
    // In the order they start.
    #expect(document.declaredSpans.map(\.language) == [.tagalog, .korean])
    let tagalog = document.declaredSpans[0].utf8Range
    #expect(String(decoding: document.lines.bytes[tagalog], as: UTF8.self) == "Magandang umaga")
    let korean = try #require(document.segments.first { $0.text == "안녕하세요" })
    #expect(document.declaredSpanLanguage(at: korean.range.start.utf8Offset) == .korean)
  }

  /// A `lang` element closes at the tag that balances it, whatever the case of its name: an inner
  /// element of the same name does not end it early.
  @Test(arguments: [
    (
      "A <span lang=\"tl\">Ang <span class=\"b\">pulong</span> ay natapos</span> end.\n",
      "Ang <span class=\"b\">pulong</span> ay natapos"
    ),
    ("A <SPAN lang=\"tl\">Magandang umaga</Span> end.\n", "Magandang umaga"),
    (
      "A <span lang=\"tl\">Ang <spanish>x</spanish> pulong</span>.\n",
      "Ang <spanish>x</spanish> pulong"
    ),
    ("A <q lang=\"tl\">Mabuhay!", "Mabuhay!"),
  ])
  func declaredSpanEndsAtItsOwnClosingTag(text: String, declared: String) throws {
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    let span = try #require(document.declaredSpans.first)
    #expect(span.language == .tagalog)
    #expect(String(decoding: document.lines.bytes[span.utf8Range], as: UTF8.self) == declared)
  }

  @Test(arguments: [
    ("a.md", DocumentFormat.markdown), ("b.MARKDOWN", .markdown), ("tl.po", .po), ("x.pot", .po),
    ("ko.yaml", .catalog), ("c.yml", .catalog), ("seed.txt", .plainText), ("README", .plainText),
  ])
  func formatFromPath(path: String, format: DocumentFormat) {
    #expect(DocumentFormat.inferred(fromPath: path) == format)
  }
}

/// A byte order mark was read as text: the first heading of a BOM file was "\u{FEFF}Title", a
/// label there was missed, and front matter after it was not found.
@Suite("DocumentReader and the byte order mark")
struct ByteOrderMarkTests {
  @Test(arguments: [
    ("a.txt", "\u{FEFF}Mga Detalye\nSome prose follows here.\n", "Mga Detalye", 1, 1, 3),
    ("a.md", "\u{FEFF}# Mga Detalye\n", "Mga Detalye", 1, 3, 5),
    ("a.po", "\u{FEFF}msgid \"Details\"\nmsgstr \"Mga Detalye\"\n", "Mga Detalye", 2, 9, 27),
  ])
  func isNotText(path: String, text: String, first: String, line: Int, column: Int, offset: Int)
    throws
  {
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: path)
    let segment = try #require(document.segments.first)
    #expect(segment.text == first)
    #expect(segment.range.start.line == line && segment.range.start.column == column)
    #expect(segment.range.start.utf8Offset == offset)
  }

  @Test func frontMatterAfterItIsFound() throws {
    let text = "\u{FEFF}---\nlang: tl\n---\n# Pamagat\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
    #expect(document.declaredLanguage?.language == .tagalog)
    #expect(document.segments.map(\.text) == ["Pamagat"])
  }
}

/// Positions in a very long line come from checkpoints, not from walking the line.
@Suite("LineIndex on long lines")
struct LongLineTests {
  @Test func positionsMatchAWalkFromTheLineStart() {
    let line = String(repeating: "가a😀 ", count: 5_000)
    let bytes = Array(("x\n" + line + "\nend").utf8)
    let lines = LineIndex(bytes: bytes)
    for offset in stride(from: 2, to: bytes.count - 4, by: 997) where bytes[offset] & 0xC0 != 0x80 {
      let prefix = String(decoding: bytes[2..<offset], as: UTF8.self)
      let position = lines.position(of: offset)
      #expect(position.line == 2)
      #expect(position.column == prefix.unicodeScalars.count + 1)
      #expect(position.utf16Column == prefix.utf16.count + 1)
    }
    #expect(lines.position(of: bytes.count).line == 3)
  }
}

/// YAML marks count NEL, LS and PS as line breaks; positions count lines as editors do.
@Suite("LineIndex and YAML marks")
struct YAMLMarkLineTests {
  @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
  func aMarkAfterASeparatorFindsItsBytes(separator: String) {
    let bytes = Array("a: \"x\(separator)y\"\nb: 가z\n".utf8)
    let lines = LineIndex(bytes: bytes)
    #expect(lines.lineCount == 3)  // Editors' lines: the separator is inside line 1.
    // libyaml's line 3 is the editor's line 2; its column 5 is the `z` after the Hangul.
    let z = lines.offset(yamlLine: 3, column: 5)
    #expect(bytes[z] == UInt8(ascii: "z"))
    #expect(lines.position(yamlLine: 3, column: 5).line == 2)
    #expect(lines.position(yamlLine: 3, column: 5).column == 5)
    // libyaml's line 2 starts right after the separator: the editor's line 1, column 7.
    #expect(lines.position(yamlLine: 2, column: 1).line == 1)
    #expect(lines.position(yamlLine: 2, column: 1).column == 7)
    // A column past a line's end stops at its break, as for LF.
    #expect(lines.offset(yamlLine: 1, column: 40) == 5)
  }

  @Test func withoutSeparatorsMarksAreLines() {
    let bytes = Array("a: 1\r\nb: 2\rc: 3\n".utf8)
    let lines = LineIndex(bytes: bytes)
    for line in 1...3 {
      #expect(lines.offset(yamlLine: line, column: 4) == lines.offset(line: line, scalarColumn: 4))
    }
  }
}
