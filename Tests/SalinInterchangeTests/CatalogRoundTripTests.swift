import Foundation
import SalinCatalog
import SalinCore
import SalinResources
import SalinTestSupport
import Testing

@testable import SalinInterchange

@Suite("Catalog round trips")
struct CatalogRoundTripTests {
  static let formats: [(InterchangeFormat, String)] = [
    (.xliff, "xlf"), (.xliff12, "xlf"), (.po, "po"), (.arb, "arb"), (.json, "json"),
    (.jsonNested, "json"), (.formatjs, "json"), (.i18next, "json"),
  ]

  /// A copy of the built-in catalogs in a temporary folder.
  static func catalogCopy() throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    for url in BuiltInLocales.catalogFiles {
      try FileManager.default.copyItem(
        at: url, to: folder.appendingPathComponent(url.lastPathComponent))
    }
    return folder
  }

  @Test(arguments: formats, ["tl", "ko"])
  func exportThenImportGivesTheSameYAML(format: (InterchangeFormat, String), target: String)
    throws
  {
    let folder = try Self.catalogCopy()
    let catalogs = try CatalogConversion.load(try CatalogConversion.files(in: folder))
    let (text, _) = try CatalogConversion.export(
      catalogs, source: .english, targets: [Language(target)], format: format.0)
    let file = folder.appendingPathComponent("export.\(target).\(format.1)")
    try Data(text.utf8).write(to: file)
    let before = try Data(contentsOf: folder.appendingPathComponent("\(target).yaml"))
    let prepared = try CatalogConversion.prepareImport(
      file.path, into: folder, source: .english, language: nil)
    #expect(prepared.count == 1)
    #expect(prepared[0].result.changed == [])
    #expect(prepared[0].result.added == [])
    #expect(Data(prepared[0].text.utf8) == before)
  }

  @Test func aStringCatalogRoundTripsEveryLanguage() throws {
    let folder = try Self.catalogCopy()
    let catalogs = try CatalogConversion.load(try CatalogConversion.files(in: folder))
    let (text, losses) = try CatalogConversion.export(
      catalogs, source: .english, targets: [.korean, .tagalog], format: .xcstrings)
    #expect(losses.contains(InterchangeLoss(unit: "label.details (tl)", what: "variants")))
    let file = folder.appendingPathComponent("Localizable.xcstrings")
    try Data(text.utf8).write(to: file)
    let prepared = try CatalogConversion.prepareImport(
      file.path, into: folder, source: .english, language: nil)
    #expect(prepared.map { $0.url.lastPathComponent } == ["ko.yaml", "tl.yaml"])
    for catalog in prepared {
      #expect(Data(catalog.text.utf8) == (try Data(contentsOf: catalog.url)))
    }
  }

  /// Importing into a folder without the target catalog writes a new one, canonically; exporting
  /// that and importing it again changes nothing.
  @Test func aNewCatalogIsWrittenCanonically() throws {
    let folder = try TestSupport.temporaryDirectory()
    try FileManager.default.copyItem(
      at: BuiltInLocales.catalogFiles.first { $0.lastPathComponent == "en.yaml" }!,
      to: folder.appendingPathComponent("en.yaml"))
    let xliff = try ExternalTool.temporaryFile(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tl">
        <file id="catalog">
          <unit id="label.details"><segment state="final"><source>Details</source><target>Mga Detalye</target></segment></unit>
          <unit id="label.in-response"><segment state="translated"><source>In response:</source><target>Bilang tugon:</target></segment></unit>
        </file>
      </xliff>
      """, name: "in.tl.xlf")
    let prepared = try CatalogConversion.prepareImport(
      xliff, into: folder, source: .english, language: nil)
    #expect(
      prepared[0].text == """
        locale: tl

        label.details:
          message: Mga Detalye
          state: final
        label.in-response: 'Bilang tugon:'

        """)
    try CatalogConversion.write(prepared)
    let catalogs = try CatalogConversion.load(try CatalogConversion.files(in: folder))
    let (text, _) = try CatalogConversion.export(
      catalogs, source: .english, targets: [.tagalog], format: .xliff)
    let again = try ExternalTool.temporaryFile(text, name: "again.tl.xlf")
    let second = try CatalogConversion.prepareImport(
      again, into: folder, source: .english, language: nil)
    #expect(second[0].result.changed.isEmpty)
    #expect(second[0].text == prepared[0].text)
  }

  /// Every entry of the built-in catalogs, written canonically, reads back as the same fields.
  @Test func canonicalEntriesReadBack() throws {
    for url in BuiltInLocales.catalogFiles {
      let file = try CatalogFile.load(url)
      let fields = file.entries.map {
        CatalogEntryFields(
          key: $0.key, message: $0.source, description: $0.description, variants: $0.variants,
          allowsSameText: $0.allowsSameText, state: $0.state)
      }
      let text = CatalogYAML.file(language: file.language, entries: fields)
      let reread = try CatalogFile.parse(text, path: "x.yaml", defaultLanguage: file.language)
      #expect(reread.problems.isEmpty)
      #expect(
        reread.entries.map {
          CatalogEntryFields(
            key: $0.key, message: $0.source, description: $0.description, variants: $0.variants,
            allowsSameText: $0.allowsSameText, state: $0.state)
        } == fields)
    }
  }

  @Test(arguments: [
    ("plain", "plain"), ("{n}", "'{n}'"), ("a: b", "'a: b'"), ("it's", "it's"),
    ("'quoted'", "'''quoted'''"), ("two\nlines", "\"two\\nlines\""), ("yes", "'yes'"),
    ("- dash", "'- dash'"), ("trailing ", "'trailing '"), ("a #b", "'a #b'"),
  ])
  func scalars(value: String, yaml: String) {
    #expect(CatalogYAML.scalar(value, flow: false) == yaml)
  }
}
