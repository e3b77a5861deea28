import Foundation
import SalinCore
import SalinLint
import SalinPreview
import SalinTestSupport
import Testing

@Suite("PreviewBuilder")
struct PreviewBuilderTests {
  /// One factory for the suite, as one server has.
  static let linters = LinterFactory()

  static let seed = TestSupport.seedBriefingURL

  /// A copy of the seed briefing, edited, in a folder of its own.
  static func briefing(_ edit: (String) -> String = { $0 }) throws -> String {
    let directory = try TestSupport.temporaryDirectory()
    let path = directory.appendingPathComponent("edscg-5.briefing.yaml").path
    try Data(edit(try String(contentsOf: seed, encoding: .utf8)).utf8).write(
      to: URL(fileURLWithPath: path))
    return path
  }

  static func build(_ path: String) -> PreviewContent {
    PreviewBuilder(briefingPath: path, linters: linters).build()
  }

  @Test func everyLocaleSideBySideBlockForBlock() throws {
    let content = Self.build(try Self.briefing())
    #expect(content.problems.isEmpty, "\(content.problems)")
    #expect(content.columns.map(\.locale.tag) == ["en", "tl", "ko"])
    let counts = Set(content.columns.map(\.blocks.count))
    #expect(counts.count == 1)
    // The rendering of its own briefing lints clean in every locale.
    #expect(
      content.columns.allSatisfy { $0.findings.isEmpty },
      "\(content.columns.flatMap(\.findings).map { "\($0.rule.code) \($0.text) \($0.message)" })")
    let page = PreviewHTML.page(content, version: 1)
    #expect(page.components(separatedBy: "<article class=\"column\" lang=\"").count == 4)
  }

  /// An English heading left in the Tagalog variant is found and marked on that heading's span.
  @Test func aPlantedFindingIsMarkedInPlace() throws {
    let path = try Self.briefing {
      $0.replacingOccurrences(
        of: "tl: Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence",
        with: "tl: Advancing Security Through Deterrence and Nuclear Consultation")
    }
    let content = Self.build(path)
    let tagalog = try #require(content.columns.first { $0.locale.tag == "tl" })
    let finding = try #require(tagalog.findings.first)
    #expect(finding.language?.tag == "en")
    let mark = try #require(tagalog.marks.first)
    #expect(tagalog.blocks[mark.block].kind == .heading)
    let page = PreviewHTML.page(content, version: 1)
    #expect(page.contains("<mark class=\"finding "))
    #expect(page.contains("data-rule=\"\(finding.rule.code)\""))
  }

  @Test func aMissingVariantFallsBackAndSaysSo() throws {
    let path = try Self.briefing {
      $0.replacingOccurrences(of: "      ko: 억제를 통한 안보 강화\n", with: "")
    }
    let content = Self.build(path)
    let page = PreviewHTML.page(content, version: 1)
    #expect(
      page.contains("class=\"s fallback\" data-origin=\"text:heading.deterrence\" lang=\"en\""))
    // Declared in its language, the English heading is not also a foreign span in Korean.
    #expect(content.columns.first { $0.locale.tag == "ko" }?.findings.isEmpty == true)
    #expect(page.contains("fallback: no ko text for text:heading.deterrence; used en (step 1)"))
  }

  /// A translation made from an older source is highlighted in place, as SL010 reports it.
  @Test func aStaleTranslationIsMarkedInPlace() throws {
    let path = try Self.briefing {
      $0.replacingOccurrences(
        of: "      tl: Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence\n",
        with: "      tl: Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence\n"
          + "      made-from: {tl: 000000000000}\n")
    }
    let page = PreviewHTML.page(Self.build(path), version: 1)
    #expect(
      page.contains(
        "<span class=\"s stale\" data-origin=\"text:heading.deterrence\" title=\"stale: the tl "
          + "text of text:heading.deterrence was translated from an older source text (SL010 "
          + "stale-translation) — "),
      "\(page)")
    #expect(page.components(separatedBy: "class=\"s stale\"").count == 2)
  }

  /// A briefing that stops parsing mid-edit: the problem at its line, nothing thrown.
  @Test func aBrokenBriefingIsAProblemOnThePage() throws {
    let path = try Self.briefing { $0 + "\nsections: [unclosed\n" }
    let content = Self.build(path)
    #expect(content.columns.isEmpty)
    let problem = try #require(content.problems.first)
    #expect(problem.hasPrefix(path + ":"))
    let page = PreviewHTML.page(content, version: 2)
    #expect(page.contains("role=\"alert\""))
  }

  @Test func aDeletedBriefingIsAProblemToo() throws {
    let path = try Self.briefing()
    try FileManager.default.removeItem(atPath: path)
    let content = Self.build(path)
    #expect(content.problems.count == 1)
    #expect(content.problems.first?.contains("cannot read briefing") == true)
  }
}
