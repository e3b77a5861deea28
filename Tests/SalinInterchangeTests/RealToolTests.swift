import Foundation
import SalinCore
import SalinResources
import Testing

@testable import SalinInterchange

/// What real tools say about Salin's output.
///
/// The official OASIS schemas through xmllint, and gettext's msgfmt. Both come from Debian (`make deps` installs libxml2-utils and gettext).
@Suite("Real tools accept Salin's output")
struct RealToolTests {
  static func export(_ format: InterchangeFormat, target: Language?) throws -> String {
    let catalogs = try CatalogConversion.load(BuiltInLocales.catalogFiles)
    return try CatalogConversion.export(
      catalogs, source: .english, targets: target.map { [$0] } ?? [], format: format
    ).text
  }

  @Test(arguments: [Language.tagalog, .korean])
  func xliff20ValidatesAgainstTheOASISSchemas(target: Language) throws {
    let path = try ExternalTool.temporaryFile(
      try Self.export(.xliff, target: target), name: "catalog.\(target).xlf")
    let result = try ExternalTool.run(
      "xmllint",
      [
        "--noout", "--nonet", "--schema", "third-party/oasis-xliff/xliff-2.0-core-and-metadata.xsd",
        path,
      ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.hasSuffix("validates\n"))
  }

  @Test(arguments: [Language.tagalog, .korean])
  func xliff12ValidatesAgainstTheStrictSchema(target: Language) throws {
    let path = try ExternalTool.temporaryFile(
      try Self.export(.xliff12, target: target), name: "catalog.\(target).xlf")
    let result = try ExternalTool.run(
      "xmllint",
      [
        "--noout", "--nonet", "--schema", "third-party/oasis-xliff/1.2/xliff-core-1.2-strict.xsd",
        path,
      ],
      environment: ["XML_CATALOG_FILES": "scripts/xliff-schema-catalog.xml"])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.hasSuffix("validates\n"))
  }

  /// The schema driver really checks the Metadata module (it is not skipped as lax content).
  @Test func theSchemaRefusesAWrongMetadataElement() throws {
    let text = try Self.export(.xliff, target: .tagalog).replacingOccurrences(
      of: "<mda:meta type=\"variant\">Detalye</mda:meta>",
      with: "<mda:variant>Detalye</mda:variant>")
    let path = try ExternalTool.temporaryFile(text, name: "bad.tl.xlf")
    let result = try ExternalTool.run(
      "xmllint",
      [
        "--noout", "--nonet", "--schema", "third-party/oasis-xliff/xliff-2.0-core-and-metadata.xsd",
        path,
      ])
    #expect(result.status != 0)
    #expect(result.output.contains("variant"))
  }

  @Test(arguments: [
    (InterchangeFormat.po, Language.tagalog as Language?), (.po, .korean), (.pot, nil),
  ])
  func msgfmtChecksPO(format: InterchangeFormat, target: Language?) throws {
    let path = try ExternalTool.temporaryFile(
      try Self.export(format, target: target), name: "catalog.\(format == .pot ? "pot" : "po")")
    let result = try ExternalTool.run("msgfmt", ["--check", "-o", "/dev/null", path])
    #expect(result.status == 0, "\(result.output)")
    #expect(!result.output.contains("error"))
  }

  @Test(arguments: [
    ("en", "nplurals=2; plural=(n != 1);"),
    ("tl", "nplurals=2; plural=(n % 10 == 4 || n % 10 == 6 || n % 10 == 9);"),
    ("ko", "nplurals=1; plural=0;"),
    ("ja", "nplurals=1; plural=0;"),
    ("fr", "nplurals=3; plural=(n == 0 || n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    ("es", "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    (
      "ru",
      "nplurals=3; plural=(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);"
    ),
    (
      "pl",
      "nplurals=3; plural=(n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);"
    ),
    (
      "ar",
      "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);"
    ),
  ])
  func pluralFormsFromCLDR(tag: String, header: String) {
    #expect(PluralForms.header(for: Language(tag)) == header)
  }

  /// msgfmt evaluates each header itself: every form index it can produce is below nplurals.
  @Test(arguments: ["en", "tl", "ko", "fr", "ru", "ar"])
  func msgfmtAcceptsThePluralForms(tag: String) throws {
    let header = try #require(PluralForms.header(for: Language(tag)))
    let po = """
      msgid ""
      msgstr ""
      "Language: \(tag)\\n"
      "Content-Type: text/plain; charset=UTF-8\\n"
      "Plural-Forms: \(header)\\n"

      msgid "one file"
      msgid_plural "%d files"
      \((0..<Int(header.dropFirst(9).prefix(1))!).map { "msgstr[\($0)] \"x %d\"" }.joined(separator: "\n"))

      """
    let path = try ExternalTool.temporaryFile(po, name: "\(tag).po")
    let result = try ExternalTool.run("msgfmt", ["--check", "-o", "/dev/null", path])
    #expect(result.status == 0, "\(result.output)")
  }
}
