import Foundation
import SalinCore
import Testing

@testable import SalinLint

@Suite("Reporters")
struct ReporterTests {
  static let marked = MarkedText(
    "Area | 1️⃣Mga Detalye |\n---|---|\n😀 x | y |\n\nThe 2️⃣pulong is 50% done\n")

  static func file() throws -> LintedFile {
    var findings = try lint(marked, path: "docs/a b.txt")
    findings.sort(by: Finding.precedes)
    return LintedFile(path: "docs/a b.txt", source: Array(marked.text.utf8), findings: findings)
  }

  /// A report of one file: what the reporter writes for it, then what ends the report.
  static func report(
    _ file: LintedFile, errors: [String] = [], with reporter: some LintReporter
  ) -> String {
    var reporter = reporter
    var totals = LintTotals()
    totals.add(file)
    return reporter.report(file) + reporter.finish(LintRun(totals: totals, errors: errors))
  }

  @Test func stylish() throws {
    let text = Self.report(try Self.file(), with: StylishReporter(colour: false))
    #expect(
      text == """
        docs/a b.txt:1:8: error 'Mga Detalye' is the tl label 'label.details'; in en it is 'Details' [SL001 foreign-label]
          Area | Mga Detalye |
                 ^~~~~~~~~~~
          fix: Replace with the en label 'Details'
        docs/a b.txt:5:5: warning 'pulong' looks tl, not en (95%; fake word list) [SL002 foreign-span]
          The pulong is 50% done
              ^~~~~~

        2 problems (1 error, 1 warning), 1 fixable with --fix

        """)
  }

  @Test func stylishColourOnlyWhenAsked() throws {
    #expect(
      Self.report(try Self.file(), with: StylishReporter(colour: true)).contains("\u{1B}[31merror"))
    #expect(!Self.report(try Self.file(), with: StylishReporter(colour: false)).contains("\u{1B}"))
  }

  @Test func caretUnderWideCharacters() {
    #expect(StylishReporter.displayWidth("세부 😀a".unicodeScalars) == 8)
  }

  @Test func github() throws {
    #expect(
      Self.report(try Self.file(), errors: ["x.md: file is empty"], with: GitHubReporter()) == """
        ::error file=docs/a b.txt,line=1,col=8,endLine=1,endColumn=19,title=SL001 foreign-label::'Mga Detalye' is the tl label 'label.details'; in en it is 'Details'
        ::warning file=docs/a b.txt,line=5,col=5,endLine=5,endColumn=11,title=SL002 foreign-span::'pulong' looks tl, not en (95%25; fake word list)
        ::error::x.md: file is empty

        """)
  }

  @Test func jsonIsVersioned() throws {
    let data = Data(Self.report(try Self.file(), with: JSONReporter()).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 2)
    #expect(findings[0]["rule"] as? String == "SL001")
    let range = try #require(findings[0]["range"] as? [String: [String: Int]])
    #expect(range["start"] == ["line": 1, "column": 8, "utf16Column": 8, "offset": 7])
    let fix = try #require(findings[0]["fix"] as? [String: Any])
    #expect(fix["replacement"] as? String == "Details")
    #expect(findings[1]["language"] as? String == "tl")
    #expect(findings[1]["confidence"] as? Double == 0.95)
  }

  /// JSON and SARIF are streamed: a file's findings are written when the file is reported, not
  /// kept until the end (memory stays flat however many findings a run has).
  @Test func jsonAndSARIFWriteEachFileAsItIsReported() throws {
    let file = try Self.file()
    var json = JSONReporter()
    var sarif = SARIFReporter(toolVersion: "0.1.0")
    for text in [json.report(file), sarif.report(file)] {
      #expect(text.contains("'Mga Detalye' is the tl label 'label.details'"))
      #expect(text.contains("'pulong' looks tl, not en"))
    }
    let second = LintedFile(path: "b.txt", findings: file.findings)
    #expect(json.report(second).hasPrefix(",\n    {"))
    #expect(sarif.report(second).hasPrefix(",\n        {"))
    #expect(!json.finish(LintRun()).contains("Mga Detalye"))
  }

  /// Structural check of what the SARIF 2.1.0 schema requires or constrains, field by field
  /// (scripts/validate-sarif.sh validates whole logs against the OASIS schema itself, which is not
  /// committed here).
  @Test func sarif() throws {
    let reporter = SARIFReporter(toolVersion: "0.1.0", baseDirectory: "/work/news")
    let data = Data(Self.report(try Self.file(), with: reporter).utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(
      log["$schema"] as? String
        == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    )
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    // Columns are Unicode scalars, and the run says so.
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    // A relative path is relative to SRCROOT, an absolute file: URI ending in '/'.
    #expect(
      run["originalUriBaseIds"] as? [String: [String: String]] == [
        "SRCROOT": ["uri": "file:///work/news/"]
      ])
    // `invocations` present means `executionSuccessful` is required.
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == true)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "salin")
    #expect(driver["informationUri"] as? String == "https://github.com/salin-l10n/salin")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(
      rules.map { $0["id"] as? String } == Linter.ruleDescriptions.map(\.code)
        && rules.prefix(10).map { $0["id"] as? String } == [
          "SL000", "SL001", "SL002", "SL003", "SL004", "SL005", "SL006", "SL007", "SL010", "SL020",
        ])
    #expect(rules.allSatisfy { ($0["shortDescription"] as? [String: String])?["text"] != nil })
    #expect(
      rules[1]["helpUri"] as? String
        == "https://github.com/salin-l10n/salin/blob/main/docs/rules/SL001.md")
    let configuration = try #require(rules[1]["defaultConfiguration"] as? [String: Any])
    #expect(
      configuration["level"] as? String == "error" && configuration["enabled"] as? Bool == true)
    // A rule off by default says so, with the level it reports at once turned on.
    let capitals = try #require(rules.first { $0["id"] as? String == "SL053" })
    #expect((capitals["defaultConfiguration"] as? [String: Any])?["enabled"] as? Bool == false)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 2)
    // ruleIndex points at the rule whose id is ruleId.
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
    let first = results[0]
    #expect(first["ruleId"] as? String == "SL001")
    #expect(first["ruleIndex"] as? Int == 1)
    #expect(first["level"] as? String == "error")
    // partialFingerprints values must be strings.
    let fingerprints = try #require(first["partialFingerprints"] as? [String: String])
    #expect(fingerprints["salinFinding/v1"]?.count == 16)
    let location = try #require(
      (first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect(
      location["artifactLocation"] as? [String: String] == [
        "uri": "docs/a%20b.txt", "uriBaseId": "SRCROOT",
      ])
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 1)
    #expect(region["startColumn"] as? Int == 8)
    #expect(region["endLine"] as? Int == 1)
    #expect(region["endColumn"] as? Int == 19)
    #expect(region["byteOffset"] as? Int == 7)
    #expect(region["byteLength"] as? Int == 11)
    #expect((region["snippet"] as? [String: String])?["text"] == "Mga Detalye")
    // A fix needs artifactChanges with an artifactLocation, and each replacement a deletedRegion.
    let fix = try #require((first["fixes"] as? [[String: Any]])?.first)
    #expect(
      (fix["description"] as? [String: String])?["text"] == "Replace with the en label 'Details'")
    let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
    #expect(
      change["artifactLocation"] as? [String: String] == [
        "uri": "docs/a%20b.txt", "uriBaseId": "SRCROOT",
      ])
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    #expect((replacement["insertedContent"] as? [String: String])?["text"] == "Details")
    #expect(
      replacement["deletedRegion"] as? [String: Int] == [
        "startLine": 1, "startColumn": 8, "endLine": 1, "endColumn": 19, "byteOffset": 7,
        "byteLength": 11,
      ])
    #expect(results[1]["fixes"] == nil)
    #expect(SARIFReporter.fingerprint("abc") == "e71fa2190541574b")
  }

  /// Columns after an emoji are counted in scalars, as `columnKind: unicodeCodePoints` says.
  @Test func sarifColumnsAreScalars() throws {
    let marked = MarkedText("😀 Area | 1️⃣Mga Detalye |\n---|---|\n")
    let findings = try lint(marked, path: "/srv/a.txt").filter { $0.rule.code == "SL001" }
    try #require(findings.count == 1)
    let data = Data(
      Self.report(
        LintedFile(path: "/srv/a.txt", findings: findings),
        with: SARIFReporter(toolVersion: "0.1.0")
      ).utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["originalUriBaseIds"] == nil)  // No base directory given.
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    let location = try #require(
      (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    // An absolute path is a file: URI, with no base.
    #expect(location["artifactLocation"] as? [String: String] == ["uri": "file:///srv/a.txt"])
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startColumn"] as? Int == 10)  // 😀 is one scalar (two UTF-16 units)…
    #expect(findings[0].range.start.utf16Column == 11)
    #expect(region["byteOffset"] as? Int == 12)  // …and four bytes.
    #expect(region["byteOffset"] as? Int == marked.offsets["1️⃣"])
  }

  /// Errors are tool execution notifications, and the invocation did not succeed.
  @Test func sarifErrors() throws {
    let data = Data(
      Self.report(
        LintedFile(path: "y.md"), errors: ["x.md: file is empty"],
        with: SARIFReporter(toolVersion: "0.1.0")
      ).utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect((sarifRun["results"] as? [Any])?.isEmpty == true)
    let invocation = try #require((sarifRun["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    let notification = try #require(
      (invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
    #expect(notification["level"] as? String == "error")
    #expect((notification["message"] as? [String: String])?["text"] == "x.md: file is empty")
  }
}
