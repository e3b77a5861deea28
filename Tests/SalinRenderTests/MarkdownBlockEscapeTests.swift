import SalinCore
import SalinRender
import Testing

/// Text that would open a block at the start of a Markdown line stays text: `- x` had become a
/// list, `1. x` an ordered list, four spaces a code block, `---` a rule, a line break inside a
/// cell ended the table, and `&copy;` turned into ©.
@Suite("Markdown block escapes")
struct MarkdownBlockEscapeTests {
  static let briefing = ##"""
    salin-briefing: 1
    id: blocks
    source-language: en
    lead:
      - paragraph: {en: "- not a list"}
      - paragraph: {en: "1. not ordered"}
      - paragraph: {en: "    not code"}
      - paragraph: {en: "---"}
      - paragraph: {en: "~~~ not a fence"}
      - paragraph: {en: "+ plus = equals"}
      - paragraph: {en: "Line one\n- line two\n\n# three"}
      - paragraph: {en: "A &copy; B & C &#169;"}
      - list: [{en: "- nested?"}, {en: "2) ordered?"}]
    sections:
      - heading: {label: label.summary}
        blocks:
          - table:
              columns: [label.details]
              rows:
                - [{en: "cell\nbreak"}]

    """##

  @Test func blockSyntaxStaysText() throws {
    let rendered = try RenderFixtures.render(
      try RenderFixtures.load(Self.briefing), .english, format: .markdown)
    #expect(
      rendered == ##"""
        \- not a list

        1\. not ordered

        not code

        \---

        \~~~ not a fence

        \+ plus = equals

        Line one - line two  \# three

        A \&copy; B & C \&\#169;

        - \- nested?
        - 2\) ordered?

        ## Summary

        | Details |
        | --- |
        | cell break |

        """##)
  }
}

/// Every fallback of a long briefing is noted once, in reading order.
///
/// Each was checked against
/// all those before it, so a tl render of 2,000 sections that fall back to en took 17 s (debug)
/// and grew with the square of the length; it is now linear (2.0 s for 2,000, 0.7 s for 500).
@Suite("Render fallbacks at scale")
struct RenderFallbackScaleTests {
  @Test func eachFallbackIsNotedOnceInOrder() throws {
    var yaml = "salin-briefing: 1\nid: long\nsource-language: en\nlanguages: [en, tl]\nsections:\n"
    for index in 0..<3_000 {
      yaml += "  - heading: {en: Heading \(index)}\n    blocks:\n"
      yaml += "      - paragraph: {en: Paragraph \(index).}\n"
    }
    let document = try BriefingRenderer(messages: try RenderFixtures.catalogs())
      .render(try RenderFixtures.load(yaml), locale: .tagalog)
    #expect(document.fallbacks.count == 6_000)
    #expect(Set(document.fallbacks).count == 6_000)
    #expect(document.fallbacks.first?.location?.position.line == 6)
    #expect(document.fallbacks.last?.location?.position.line == 6 + 3 * 2_999 + 2)
  }
}
