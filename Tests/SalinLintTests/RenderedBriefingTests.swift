import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinDocuments
import SalinLangID
import SalinLint
import SalinRender
import SalinResources
import SalinBriefingTestSupport
import SalinTestSupport
import Testing

/// Salin must not produce what it flags: every rendering of the seed briefing lints clean in its
/// own locale, and an English text unit forced into the Tagalog rendering is reported.
@Suite("Rendered briefings")
struct RenderedBriefingTests {
  static let catalogs = Result { try Catalogs.load() }
  static let model = Result { try LanguageModel(contentsOf: BuiltInLocales.languageModel) }

  static func briefing() throws -> Briefing { try SeedBriefing.load() }

  static func markdown(_ locale: Language) throws -> String {
    let renderer = BriefingRenderer(messages: try catalogs.get())
    return MarkdownWriter().write(try renderer.render(try briefing(), locale: locale))
  }

  static func lint(_ text: String, locale: Language) throws -> [Finding] {
    let linter = Linter(
      labels: CatalogLabelLookup(catalogs: try catalogs.get()),
      detector: IdentifierSpanDetector(
        identifier: LanguageIdentifier(model: try model.get()), candidates: Set(Language.builtIn)))
    let document = try DocumentReader.read(bytes: Array(text.utf8), path: "briefing.\(locale).md")
    return linter.lint(document, names: Set(try briefing().properNames))
  }

  @Test(arguments: [Language.english, .tagalog, .korean])
  func renderingLintsClean(locale: Language) throws {
    let findings = try Self.lint(try Self.markdown(locale), locale: locale)
    #expect(
      findings.isEmpty, "\(findings.map { "\($0.range.start) \($0.rule.code) \($0.message)" })")
  }

  @Test func englishTextUnitForcedIntoTagalogIsReported() throws {
    let english = try Self.markdown(.english)
    // The longest prose paragraph of the English rendering, pasted into the Tagalog one unmarked.
    let paragraph = try #require(
      english.split(separator: "\n").filter {
        !$0.hasPrefix("#") && !$0.hasPrefix("|") && !$0.hasPrefix("-")
      }
      .max { $0.count < $1.count })
    let tagalog = try Self.markdown(.tagalog) + "\n" + paragraph + "\n"
    let findings = try Self.lint(tagalog, locale: .tagalog)
    let forcedLine = tagalog.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    #expect(!findings.isEmpty)
    #expect(
      findings.allSatisfy {
        $0.rule.code == "SL002" && $0.language == .english && $0.range.start.line == forcedLine
      })
  }
}
