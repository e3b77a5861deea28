import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinDocuments
import SalinLint
import SalinRender
import SalinBriefingTestSupport
import SalinResources
import SalinTerms
import SalinTestSupport
import Testing

@Suite("Term rules: SL020 forbidden-term, SL021 inconsistent-term, SL022 missing-target-term")
struct TermRulesTests {
  static func lint(_ text: String, path: String) throws -> [Finding] {
    let linter = Linter(
      rules: [ForbiddenTerm(), InconsistentTerm(), MissingTargetTerm()], labels: nil,
      detector: nil, termbase: seedTermbase)
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: path)
    return linter.lint(document)
  }

  /// Each inconsistency the issue lists is found in today's (old) renderings.
  @Test func oldTagalogRenderingHasEveryListedInconsistency() throws {
    let findings = try Self.lint(OldRenderings.tagalog, path: "old.tl.txt")
    let found = Set(findings.map { "\($0.rule.code) \($0.text)" })
    for expected in [
      "SL020 misil", "SL020 Nukleyar", "SL020 denuklearisasyon", "SL020 Cybersecurity",
      "SL020 Timog Korea", "SL020 Hilagang Korea", "SL020 tensyon", "SL020 Mga pinagmumulan",
      "SL020 nang malapit", "SL020 mataas na antas na pulong",
    ] {
      #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
    }
    let fix = try #require(findings.first { $0.text == "Nukleyar" }?.fix)
    #expect(fix.replacement == "Nuclear")
  }

  @Test func oldKoreanRenderingHasEveryListedInconsistency() throws {
    let findings = try Self.lint(OldRenderings.korean, path: "old.ko.txt")
    let found = Set(findings.map { "\($0.rule.code) \($0.text)" })
    for expected in [
      "SL020 무기고", "SL020 단일 전선", "SL020 중대한 회의", "SL020 카라 어버크롬비", "SL021 대한민국",
    ] {
      #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
    }
    let inconsistent = try #require(findings.first { $0.rule.code == "SL021" })
    #expect(inconsistent.fix?.replacement == "한국")
  }

  /// The seed rendered today, and the built-in catalogs, are clean.
  @Test(arguments: [Language.english, .tagalog, .korean])
  func todaysRenderingsAreClean(locale: Language) throws {
    let briefing = try SeedBriefing.load()
    let catalogs = try Catalogs.load(directories: [], includeBuiltIn: true)
    let text = OutputFormat.text.write(
      try BriefingRenderer(messages: catalogs).render(briefing, locale: locale))
    let findings = try Self.lint(text, path: "seed.\(locale).txt")
    #expect(findings.isEmpty, "\(findings.map { "\($0.range.start) \($0.message)" })")
  }

  /// `salin terms check` on the seed briefing: clean today; on the old briefing it finds the
  /// forbidden terms and 대한민국 beside 한국.
  @Test func briefingCheck() throws {
    let seed = try SeedBriefing.load()
    #expect(BriefingTermCheck(termbase: seedTermbase).problems(in: seed).isEmpty)
  }

  /// SL022 on a catalog: a value that drops the concept its English source names.
  @Test func missingTargetTermInACatalog() throws {
    let catalogs = try Catalogs.load(directories: [], includeBuiltIn: true)
    let linter = Linter(
      rules: [MissingTargetTerm()], labels: CatalogLabelLookup(catalogs: catalogs), detector: nil,
      termbase: seedTermbase)
    let text =
      "locale: tl\nstatement.condemned: Kinondena ng~{party} ang mga pagsubok ng~{target}.\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "tl.yaml")
    let findings = linter.lint(document)
    #expect(findings.map(\.rule.code) == ["SL022"])
    #expect(findings.first?.message.contains("'missile'") == true)
  }
}
