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
