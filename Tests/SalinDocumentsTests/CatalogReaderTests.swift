import Foundation
import SalinCatalog
import SalinCore
import SalinDocuments
import SalinTestSupport
import Testing

@Suite("CatalogReader")
struct CatalogReaderTests {
  @Test func valuesWithKeysLocaleAndPositions() throws {
    let text = """
      # Salin catalog: tl
      locale: tl
      label.details: Mga Detalye
      label.sources:
        message: "Mga pinagmumulan"
        description: The closing line's label.
        variants: [Mga Pinagmulan]
      meeting.title: 한국 회의 😀 Pulong
      org.edscg.short:
        message: EDSCG
        untranslated: ok
      """
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "locales/tl.yaml")
    #expect(document.declaredLanguage == DeclaredLanguage(language: .tagalog, source: .catalog))
    #expect(
      document.segments.map(\.kind) == [
        .catalogValue(key: "label.details", locale: .tagalog),
        .catalogValue(key: "label.sources", locale: .tagalog),
        .catalogValue(key: "meeting.title", locale: .tagalog),
        .catalogValue(key: "org.edscg.short", locale: .tagalog, allowsSameText: true),
      ])
    #expect(
      document.segments.map(\.text) == [
        "Mga Detalye", "Mga pinagmumulan", "한국 회의 😀 Pulong", "EDSCG",
      ])
    #expect(document.segments[0].range.start == SourcePosition(utf8Offset: 46, line: 3, column: 16))
    // Inside the quotes, not at the quote.
    #expect(document.segments[1].range.start.column == 13)
    let pulong = document.segments[2].sourceOffsets(ofTextUTF8: 19..<25)
    #expect(
      document.lines.position(of: pulong.lowerBound)
        == SourcePosition(utf8Offset: 207, line: 8, column: 24, utf16Column: 25))
    #expect(document.segments.allSatisfy { !$0.isLabelPosition })
  }

  @Test(arguments: [
    ("ko.yaml", Language.korean), ("messages.ko.yml", .korean), ("fil.yaml", Language("fil")),
  ])
  func localeFromFileName(path: String, locale: Language) throws {
    let document = try DocumentReader.read(bytes: Array("label.details: 세부 정보\n".utf8), path: path)
    #expect(document.declaredLanguage?.language == locale)
    #expect(document.segments.first?.kind == .catalogValue(key: "label.details", locale: locale))
  }

  /// `locale:` names the locale of every entry, wherever it is written.
  @Test func localeWrittenLastStillAppliesToEveryEntry() throws {
    let document = try DocumentReader.read(
      bytes: Array("label.details: Mga Detalye\nlocale: tl\n".utf8), path: "labels.ko.yaml")
    #expect(
      document.segments.map(\.kind) == [.catalogValue(key: "label.details", locale: .tagalog)])
  }

  /// What `salin catalog check` refuses, the linter refuses too, one line naming where.
  @Test(arguments: [
    (
      "label:\n  details: Mga Detalye\n", "tl.yaml",
      "tl.yaml:2:3: entry 'label' has no 'message' (keys are flat and dotted: write 'label.details: …')"
    ),
    (
      "label.sources:\n  value: Mga pinagmumulan\n  description: x\n", "tl.yaml",
      "tl.yaml:2:3: entry 'label.sources' has no 'message'"
    ),
    (
      "label.details: Mga Detalye\n", "strings.yaml",
      "strings.yaml: no locale: add 'locale: xx' or name the file for its locale (xx.yaml)"
    ),
    ("- a\n- b\n", "tl.yaml", "tl.yaml: not a YAML mapping of keys to messages"),
    (
      "locale: tl_PH\nlabel.details: x\n", "tl.yaml",
      "tl.yaml:1:9: 'locale' must be a BCP 47 language tag such as tl or pt-BR, not 'tl_PH'"
    ),
  ])
  func whatCatalogCheckRefusesIsAnError(text: String, path: String, expected: String) {
    #expect(throws: DocumentError.self) {
      try DocumentReader.read(bytes: Array(text.utf8), path: path)
    }
    do {
      _ = try DocumentReader.read(bytes: Array(text.utf8), path: path)
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func malformedYAMLNamesTheFileLineAndColumn() {
    do {
      _ = try DocumentReader.read(bytes: Array("a: b\n  c: d\n".utf8), path: "bad/tl.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("bad/tl.yaml:2:4: YAML syntax error: "))
      #expect(!error.description.contains("\n"))
    }
  }

  /// The linter reads the built-in catalogs exactly as the catalogs themselves do: the same keys,
  /// messages and locale, in file order.
  @Test(arguments: ["en", "tl", "ko"])
  func readsTheBuiltInCatalogsAsCatalogFileDoes(tag: String) throws {
    let url = TestSupport.packageRoot.appendingPathComponent("locales/\(tag).yaml")
    let file = try CatalogFile.load(url, path: "\(tag).yaml")
    let document = try DocumentReader.read(
      bytes: [UInt8](try Data(contentsOf: url)), path: "\(tag).yaml")
    #expect(document.declaredLanguage?.language == file.language)
    #expect(
      document.segments.map(\.kind)
        == file.entries.map {
          .catalogValue(key: $0.key, locale: file.language, allowsSameText: $0.allowsSameText)
        })
    #expect(document.segments.map(\.text) == file.entries.map(\.source))
  }
}
