import Foundation
import SalinCatalog
import SalinResources
import SalinTestSupport
import Testing

/// Three small catalogs that check clean; each test plants one defect in a copy.
private let cleanCatalogs = [
  "en": """
  label.details: Details
  meeting.session: the {n, spellout, %spellout-ordinal} meeting
  count: '{n, plural, one {# item} other {# items}}'
  areas: Focus on {areas, list}.
  org: EDSCG

  """,
  "tl": """
  label.details: Mga Detalye
  meeting.session: ang {n, spellout, %spellout-ordinal}~ng pulong
  count: '{n, plural, one {# bagay} other {# na bagay}}'
  areas: Tutukan ang {areas, list}.
  org:
    message: EDSCG
    untranslated: ok

  """,
  "ko": """
  label.details: 세부 내용
  meeting.session: 제{n}차 회의
  count: '{n, plural, other {#개}}'
  areas: '{areas, list}에 중점'
  org:
    message: EDSCG
    untranslated: ok

  """,
]

/// Writes the clean catalogs with `edit` applied to one of them and checks the folder.
private func check(
  _ tag: String? = nil, _ edit: (String) -> String = { $0 }
) throws -> (lines: [String], exitCode: Int32) {
  let directory = try TestSupport.temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  for (locale, text) in cleanCatalogs {
    let body = locale == tag ? edit(text) : text
    try Data(body.utf8).write(to: directory.appendingPathComponent("\(locale).yaml"))
  }
  let report = CatalogChecker.check(directory: directory)
  let prefix = directory.path + "/"
  let lines =
    report.findings.map { "\($0.location): \($0.message)" }
    + report.unusableFiles.map { "\($0)" }
  return (lines.map { $0.replacingOccurrences(of: prefix, with: "") }, report.exitCode)
}

@Suite("CatalogChecker")
struct CatalogCheckerTests {
  @Test func builtInCatalogsAreClean() {
    let report = CatalogChecker.check(files: BuiltInLocales.catalogFiles)
    #expect(report.findings.map(\.description) == [])
    #expect(report.exitCode == 0)
  }

  @Test func cleanCopyIsClean() throws {
    let result = try check()
    #expect(result.lines == [])
    #expect(result.exitCode == 0)
  }

  @Test func yamlSyntaxError() throws {
    let result = try check("tl") {
      $0.replacingOccurrences(of: "label.details: Mga Detalye", with: "label.details: [Mga Detalye")
    }
    #expect(
      result.lines.first?.hasPrefix(
        "tl.yaml:2:16: YAML syntax error: while parsing a flow sequence (line 1)") == true)
    #expect(result.exitCode == 1)
  }

  @Test func messageSyntaxErrorAtItsColumn() throws {
    let result = try check("ko") { $0.replacingOccurrences(of: "제{n}차", with: "제{n 차") }
    #expect(
      result.lines == [
        "ko.yaml:2:22: message 'meeting.session': expected ',' or '}' after the argument name 'n'"
      ])
    #expect(result.exitCode == 1)
  }

  @Test func missingKey() throws {
    let result = try check("tl") {
      $0.replacingOccurrences(of: "areas: Tutukan ang {areas, list}.\n", with: "")
    }
    #expect(result.lines == ["tl.yaml:4:1: key 'areas' is missing in tl (en.yaml:4:1)"])
    #expect(result.exitCode == 1)
  }

  @Test func placeholderNameDiffers() throws {
    let result = try check("tl") {
      $0.replacingOccurrences(of: "{areas, list}", with: "{area, list}")
    }
    #expect(
      result.lines == [
        "tl.yaml:4:8: 'areas': placeholder {areas} of en is missing",
        "tl.yaml:4:20: 'areas': placeholder {area} is not in en (en has {areas})",
      ])
  }

  @Test func placeholderKindDiffers() throws {
    let result = try check("ko") {
      $0.replacingOccurrences(of: "{areas, list}", with: "{areas, number}")
    }
    #expect(
      result.lines == [
        "ko.yaml:4:9: 'areas': {areas} is a number here (number) but a list in en (list)"
      ])
  }

  @Test func pluralCategoryNotInLocale() throws {
    let result = try check("ko") {
      $0.replacingOccurrences(of: "other {#개}", with: "one {#개} other {#개}")
    }
    #expect(
      result.lines == [
        "ko.yaml:3:21: 'count': 'one' is not a CLDR plural category of ko (it has other)"
      ])
    #expect(result.exitCode == 1)
  }

  /// Formats ICU rejects when the message is first bound are reported by the check, not left
  /// for a render to fail on.
  @Test(arguments: [
    (
      "en", "%spellout-ordinal", "%spellout-nope",
      [
        "en.yaml:2:22: 'meeting.session': en has no spell-out rule set like '%spellout-nope' (it "
          + "has %spellout-numbering-year, %spellout-numbering, %spellout-numbering-verbose, "
          + "%spellout-cardinal, %spellout-cardinal-verbose, %spellout-ordinal, "
          + "%spellout-ordinal-verbose)"
      ]
    ),
    (
      "ko", "{areas, list}", "{areas, list} {n, number, ::bogus}",
      [
        "ko.yaml:4:23: 'areas': placeholder {n} is not in en (en has {areas})",
        // ICU's code name (U_NUMBER_SKELETON_SYNTAX_ERROR) was printed after it.
        "ko.yaml:4:23: 'areas': {n}: ICU rejects the number skeleton 'bogus'",
      ]
    ),
  ])
  func formatICURejects(tag: String, old: String, new: String, expected: [String]) throws {
    let result = try check(tag) { $0.replacingOccurrences(of: old, with: new) }
    #expect(result.lines == expected)
    #expect(result.exitCode == 1)
  }

  @Test func untranslatedValue() throws {
    let result = try check("tl") { $0.replacingOccurrences(of: "Mga Detalye", with: "Details") }
    #expect(
      result.lines == [
        "tl.yaml:1:16: 'label.details' is identical to en (en.yaml:1:16); translate it or mark the entry 'untranslated: ok'"
      ])
  }

  @Test(arguments: [
    (Data(), "ko.yaml: empty file"), (Data([0xFF, 0xFE, 0x41]), "ko.yaml: not UTF-8 text"),
    (Data("a sentence, not a catalog\n".utf8), "ko.yaml: not a YAML mapping of keys to messages"),
  ])
  func unusableFile(data: Data, reason: String) throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try data.write(to: directory.appendingPathComponent("ko.yaml"))
    let report = CatalogChecker.check(directory: directory)
    #expect(
      report.unusableFiles.map { "\($0)".replacingOccurrences(of: directory.path + "/", with: "") }
        == [reason])
    #expect(report.exitCode == 2)
  }
}
