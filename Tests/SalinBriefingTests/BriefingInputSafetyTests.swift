import Foundation
import SalinBriefing
import SalinCore
import Testing

/// Briefings made to break Salin: each is refused at its place with one line, or read as meant.
@Suite("Briefing input safety")
struct BriefingInputSafetyTests {
  static func briefing(id: String, rest: String = "") -> String {
    "salin-briefing: 1\nid: \(id)\nsource-language: en\n\(rest)"
  }

  /// An ID names the rendered files: `../PWNED` wrote outside `-o`, a line break went into a
  /// file name, an escape sequence into the terminal.
  @Test(arguments: [
    ("../PWNED", "'../PWNED'"), ("\"a\\nb\"", "'a\\nb'"), ("/etc/passwd", "'/etc/passwd'"),
    (".hidden", "'.hidden'"), ("\"a/b\"", "'a/b'"), ("\"\\e[31mred\"", "'\\u{1B}[31mred'"),
    ("\"a b\"", "'a b'"),
    (String(repeating: "x", count: 101), "'" + String(repeating: "x", count: 80) + "…'"),
  ])
  func refusesAnIDThatIsNotOneFileName(id: String, shown: String) {
    let error = #expect(throws: BriefingError.self) {
      try BriefingLoader().load(yaml: Self.briefing(id: id), file: "b.yaml")
    }
    #expect(
      error?.description
        == "b.yaml:2:5: error: invalid id \(shown): expected letters, digits, '-', '_' and '.', "
        + "starting with a letter or digit, at most 100 characters (it names the rendered files)")
  }

  @Test(arguments: ["edscg-5", "briefing_2024.06", "제5차-회의", "ika-5", "ভারত"])
  func acceptsIDsInAnyScript(id: String) throws {
    let briefing = try BriefingLoader().load(yaml: Self.briefing(id: id), file: "b.yaml")
    #expect(briefing.metadata.id == id)
  }

  /// Editors on Windows start UTF-8 files with U+FEFF; libyaml refused it ("did not find
  /// expected <document start>" at 2:1).
  @Test func readsABriefingThatStartsWithAByteOrderMark() throws {
    let briefing = try BriefingLoader().load(
      yaml: "\u{FEFF}" + Self.briefing(id: "x", rest: "title: {en: Hi}\n"), file: "b.yaml")
    #expect(briefing.metadata.id == "x")
  }

  /// Text units without an `id` take their path as ID, so aliases of them were all accepted:
  /// a few hundred bytes stood for millions of paragraphs (a 28 KB briefing rendered 4 GB).
  @Test func refusesAliasesThatExpandPastTheLimit() {
    var yaml = Self.briefing(id: "x", rest: "lead:\n  - list:\n")
    yaml += "    - &r0 [{en: lol}, {en: lol}, {en: lol}, {en: lol}, {en: lol}, {en: lol}]\n"
    for level in 1...6 {
      let aliases = Array(repeating: "*r\(level - 1)", count: 6).joined(separator: ", ")
      yaml += "    - &r\(level) [\(aliases)]\n"
    }
    let error = #expect(throws: BriefingError.self) {
      try BriefingLoader().load(yaml: yaml, file: "b.yaml")
    }
    #expect(
      error?.description
        == "b.yaml:10:17: error: YAML aliases expand to more than 10,000 nodes (a \"billion "
        + "laughs\" file?): write the repeated part out or use fewer aliases")
  }

  @Test func refusesNestingPastTheLimit() {
    let yaml = Self.briefing(
      id: "x",
      rest: "title: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200))
    let error = #expect(throws: BriefingError.self) {
      try BriefingLoader().load(yaml: yaml, file: "b.yaml")
    }
    #expect(
      error?.description
        == "b.yaml:4:107: error: YAML nested deeper than 100 levels: flatten the structure")
  }
}
