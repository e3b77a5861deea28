import Foundation
import SalinBriefing
import SalinBriefingTestSupport
import SalinCatalog
import SalinCore
import SalinRender
import SalinTestSupport

/// The seed briefing, the built-in catalogs and small planted briefings, shared by the suites.
enum RenderFixtures {
  static func seed() throws -> Briefing { try SeedBriefing.load() }

  static func catalogs() throws -> Catalogs { try Catalogs.load() }

  static func render(_ briefing: Briefing, _ locale: Language, format: OutputFormat) throws
    -> String
  {
    format.write(try BriefingRenderer(messages: try catalogs()).render(briefing, locale: locale))
  }

  /// A briefing whose second paragraph has no Tagalog variant (line 10).
  static let missingTagalog = """
    salin-briefing: 1
    id: fixture
    source-language: en
    languages: [en, tl, ko]
    lead:
      - paragraph: {id: one, en: Hello., tl: Kumusta., ko: 안녕하세요.}
    sections:
      - heading: {label: label.summary}
        blocks:
          - paragraph: {id: two, en: Only in English., ko: 한국어로만.}
    sources: [Agency]
    """

  static func missingTagalogBriefing() throws -> Briefing { try load(missingTagalog) }

  /// Loads a fixture's YAML under the name `fixture.yaml`.
  static func load(_ yaml: String) throws -> Briefing {
    try BriefingLoader().load(yaml: yaml, file: "fixture.yaml")
  }
}
