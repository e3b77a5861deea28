import SalinCore
import SalinDocuments
import Testing

@Suite("CatalogReader")
struct CatalogReaderTests {
  @Test func valuesWithKeysLocaleAndPositions() throws {
    let text = """
      # Salin catalog: tl
      locale: tl
      label:
        details: Mga Detalye
        sources:
          value: "Mga pinagmumulan"
          description: The closing line's label.
      meeting.title: 한국 회의 😀 Pulong
      """
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "locales/tl.yaml")
    #expect(document.declaredLanguage == DeclaredLanguage(language: .tagalog, source: .catalog))
    #expect(
      document.segments.map(\.kind) == [
        .catalogValue(key: "label.details", locale: .tagalog),
        .catalogValue(key: "label.sources", locale: .tagalog),
        .catalogValue(key: "meeting.title", locale: .tagalog),
      ])
    #expect(document.segments.map(\.text) == ["Mga Detalye", "Mga pinagmumulan", "한국 회의 😀 Pulong"])
    #expect(document.segments[0].range.start == SourcePosition(utf8Offset: 49, line: 4, column: 12))
    // Inside the quotes, not at the quote.
    #expect(document.segments[1].range.start.column == 13)
    let pulong = document.segments[2].sourceOffsets(ofTextUTF8: 19..<25)
    #expect(
      document.lines.position(of: pulong.lowerBound)
        == SourcePosition(
          utf8Offset: 179, line: 8, column: 24, utf16Column: 25))
    #expect(document.segments.allSatisfy { !$0.isLabelPosition })
  }

  @Test func localeFromFileName() throws {
    let document = try DocumentReader.read(
      bytes: Array("label.details: 세부 정보\n".utf8), path: "ko.yaml")
    #expect(document.declaredLanguage?.language == .korean)
    #expect(document.segments.first?.kind == .catalogValue(key: "label.details", locale: .korean))
  }

  @Test func malformedYAMLNamesTheFile() {
    #expect(throws: DocumentError.self) {
      try DocumentReader.read(bytes: Array("label: [unclosed\nother: x\n".utf8), path: "tl.yaml")
    }
    do {
      _ = try DocumentReader.read(bytes: Array("a: b\n  c: d\n".utf8), path: "bad/tl.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("bad/tl.yaml:2: malformed YAML: "))
      #expect(!error.description.contains("\n"))
    }
  }
}
