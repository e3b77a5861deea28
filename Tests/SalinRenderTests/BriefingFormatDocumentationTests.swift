import Foundation
import SalinBriefing
import SalinCore
import SalinRender
import SalinTestSupport
import Testing

/// Every ```yaml example in docs/briefing-format.md loads, validates against the built-in
/// catalogs and renders in each of its languages without a fallback.
@Suite("docs/briefing-format.md")
struct BriefingFormatDocumentationTests {
  static let page = TestSupport.packageRoot.appendingPathComponent("docs/briefing-format.md")

  static func examples() throws -> [(line: Int, yaml: String)] {
    let lines = try String(contentsOf: page, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    var examples: [(Int, String)] = []
    var start: Int?
    var body: [Substring] = []
    for (index, line) in lines.enumerated() {
      if start == nil, line == "```yaml" {
        start = index + 2
        body = []
      } else if let first = start, line == "```" {
        examples.append((first, body.joined(separator: "\n")))
        start = nil
      } else if start != nil {
        body.append(line)
      }
    }
    return examples
  }

  @Test func thePageHasExamples() throws {
    #expect(try Self.examples().count >= 2)
  }

  @Test func everyExampleLoadsAndRenders() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    for (line, yaml) in try Self.examples() {
      let briefing = try BriefingLoader().load(yaml: yaml, file: "docs/briefing-format.md@\(line)")
      try renderer.validate(briefing, locales: briefing.metadata.languages)
      for locale in briefing.metadata.languages {
        let document = try renderer.render(briefing, locale: locale, strict: true)
        #expect(!document.blocks.isEmpty)
      }
    }
  }

  @Test func theKoreanLeadIsWhatThePageSays() throws {
    let (_, yaml) = try #require(try Self.examples().first)
    let briefing = try BriefingLoader().load(yaml: yaml, file: "example.yaml")
    let markdown = try RenderFixtures.render(briefing, .korean, format: .markdown)
    #expect(markdown.hasPrefix("양국 당국자들이 워싱턴에서 제5차 한미 확장억제전략협의체(EDSCG) 회의를 열었다.\n"))
    #expect(markdown.contains("미국 측은 보니 젠킨스 국무부 군비통제·국제안보 차관이 이끌었으며, 2023년 4월 워싱턴 선언을 토대로 했다."))
  }
}
