import Foundation
import SalinCore
import SalinTestSupport
import Testing

@testable import SalinInterchange

/// Bad input is one error naming file:line:column, and nothing is written.
@Suite("Import refusals")
struct ImportRefusalTests {
  static func xliff(_ units: String, version: String = "2.0", target: String = "tl") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="\(version)" srcLang="en" trgLang="\(target)">
      <file id="catalog">
    \(units)
      </file>
    </xliff>
    """
  }

  static let plural = """
        <unit id="participants.count">
          <originalData><data id="d1">{n, plural,</data><data id="d2">}</data><data id="d3"> other {</data><data id="d4">#</data><data id="d5">{count}</data></originalData>
          <segment><source>x</source>
            <target>TARGET</target></segment>
        </unit>
    """

  /// Imports text into a copy of the built-in catalogs and returns the error's description.
  static func refusal(_ text: String, name: String = "in.tl.xlf") throws -> String? {
    let folder = try CatalogRoundTripTests.catalogCopy()
    let before = try Data(contentsOf: folder.appendingPathComponent("tl.yaml"))
    let file = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    do {
      let prepared = try CatalogConversion.prepareImport(
        file.path, into: folder, source: .english, language: nil)
      try CatalogConversion.write(prepared)
      return nil
    } catch {
      #expect(try Data(contentsOf: folder.appendingPathComponent("tl.yaml")) == before)
      return "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
    }
  }

  @Test(arguments: [
    (
      "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\"><pc id=\"2\" dataRefStart=\"d3\" dataRefEnd=\"d2\">kalahok</pc></pc>",
      nil as String?
    ),
    (
      "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\"><pc id=\"2\" dataRefStart=\"d3\" dataRefEnd=\"d2\"><ph id=\"3\" dataRef=\"d4\"/> kalahok <ph id=\"4\" dataRef=\"d5\"/></pc></pc>",
      "in.tl.xlf:7:9: error: unit 'participants.count': the translation adds {count}; keep the source's placeholders {n}"
    ),
    (
      "mga kalahok",
      "in.tl.xlf:7:9: error: unit 'participants.count': the translation drops {n}; keep the source's placeholders {n}"
    ),
    (
      "<ph id=\"4\" dataRef=\"d5\"/> kalahok",
      "in.tl.xlf:7:9: error: unit 'participants.count': the translation renames the placeholder {n} to {count}; keep the source's placeholders {n}"
    ),
    (
      "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">kalahok</pc>",
      "in.tl.xlf:7:9: error: unit 'participants.count': the translation breaks the message syntax: "
    ),
    (
      "<ph id=\"9\"/> kalahok",
      "in.tl.xlf:7:17: error: unit 'participants.count': inline code <ph id=\"9\"> has no original data (dataRef); keep the codes Salin wrote"
    ),
  ])
  func placeholders(target: String, expected: String?) throws {
    let text = Self.xliff(Self.plural.replacingOccurrences(of: "TARGET", with: target))
    let error = try Self.refusal(text)
    if let expected, let error {
      #expect(error.hasPrefix(expected))
    } else {
      #expect(error == expected)
    }
  }

  @Test(arguments: [
    ("<xliff", "in.tl.xlf:1:7: error: not well-formed XML: "),
    (
      xliff(
        "<unit id=\"label.detials\"><segment><source>x</source><target>y</target></segment></unit>"),
      "in.tl.xlf:4:1: error: unit 'label.detials' is no key of the en catalog"
    ),
    (
      xliff("", version: "1.0"),
      "in.tl.xlf:2:1: error: XLIFF version '1.0' in namespace 'urn:oasis:names:tc:xliff:document:2.0' is not one Salin reads"
    ),
    (
      xliff("", target: "ko"),
      "in.tl.xlf:1:1: error: the file's target language is ko but its name says tl"
    ),
    // A language attribute is checked as every tag is (`Language(validating:)`); `en_US` was
    // taken as a language no catalog matched.
    (
      xliff("", target: "tl_PH"),
      "in.tl.xlf:2:1: error: trgLang: 'tl_PH' is not a BCP 47 language tag (write tl-PH)"
    ),
    (
      "<html><body/></html>",
      "in.tl.xlf:1:1: error: not an XLIFF document: the root element is <html>"
    ),
    (
      "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><xliff/>",
      "in.tl.xlf:1:"
    ),
  ])
  func badFiles(text: String, expected: String) throws {
    let error = try #require(try Self.refusal(text))
    #expect(error.hasPrefix(expected), "\(error)")
  }

  @Test func invalidUTF8IsNamedWhereItIs() throws {
    let folder = try CatalogRoundTripTests.catalogCopy()
    let file = folder.appendingPathComponent("bad.tl.po")
    try Data(Array("msgctxt \"a\"\nmsgid \"ab".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)).write(
      to: file)
    do {
      _ = try CatalogConversion.prepareImport(
        file.path, into: folder, source: .english, language: nil)
      Issue.record("imported a file that is not UTF-8")
    } catch {
      #expect(
        "\(error)"
          == "\(file.path):2:10: error: not UTF-8 text (byte 0xC3 here); save the file as UTF-8")
    }
  }

  @Test(arguments: [
    (
      "msgctxt \"label.details\"\nmsgid \"Details\"\nmsgstr \"x\" y\n",
      "in.tl.po:3:12: error: not a valid PO file: text after the closing quote"
    ),
    (
      "msgctxt \"label.summary\"\nmsgid \"Summary\"\nmsgstr \"Buod\"\n\nmsgid \"Details\"\nmsgstr \"Mga Detalye\"\n",
      "in.tl.po:5:1: error: entry \"Details\" has no msgctxt"
    ),
    ("{\"a\": ", "in.tl.json:1:7: error: not valid JSON: the text ends where a value should be"),
    (
      "{\"label.details\": 5}",
      "in.tl.json:1:19: error: 'label.details' must be a message (a string), not a number"
    ),
  ])
  func badPOAndJSON(text: String, expected: String) throws {
    let name = expected.hasPrefix("in.tl.po") ? "in.tl.po" : "in.tl.json"
    let error = try #require(try Self.refusal(text, name: name))
    #expect(error.hasPrefix(expected), "\(error)")
  }
}
