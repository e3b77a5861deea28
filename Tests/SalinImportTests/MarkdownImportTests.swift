import Foundation
import SalinCore
import SalinImport
import SalinRender
import Testing

/// Markdown articles, read by cmark-gfm with GFM tables.
@Suite("ArticleImporter Markdown")
struct MarkdownImportTests {
  /// An article in the layout Salin's Markdown writer uses: `#` title, `##` headings, a GFM
  /// table, a list after a label line, a sources line.
  static let article = """
    # Allies Meet in Washington

    The two delegations met in Washington today.

    ## Agreed Steps

    In response:

    - Both sides reaffirmed their commitment.
    - They will meet again in 2025.

    | Agreed Areas of Focus | Mga Detalye |
    | --- | --- |
    | Missile Defense | Strengthening missile defense systems |
    | Cybersecurity | Safeguarding critical infrastructure |

    ## Outlook

    The alliance remains vital.

    Mga pinagmumulan: THX News & US Department of State.

    """

  @Test func roundTripsWithOnlyTheLabelsChanged() throws {
    let result = try ImportFixtures.importText(Self.article, path: "allies.md", language: .english)
    let markdown = try ImportFixtures.render(
      try ImportFixtures.throughYAML(result.briefing), .english, format: .markdown)
    #expect(
      markdown
        == Self.article
        .replacingOccurrences(of: "| Mga Detalye |", with: "| Details |")
        .replacingOccurrences(of: "Mga pinagmumulan:", with: "Sources:")
        .replacingOccurrences(of: "THX News & US", with: "THX News and US"))
    #expect(
      result.mappedLabels.map(\.description) == [
        "mapped 'In response:' (en) → label.in-response at 7:1",
        "mapped 'Agreed Areas of Focus' (en) → label.agreed-areas-of-focus at 12:3",
        "mapped 'Mga Detalye' (tl) → label.details at 12:27",
        "mapped 'Mga pinagmumulan' (tl) → label.sources at 21:1",
      ])
  }

  @Test func hasATitleTwoSectionsAListAndATable() throws {
    let briefing = try ImportFixtures.importText(
      Self.article, path: "allies.md", language: .english
    ).briefing
    #expect(briefing.metadata.id == "allies")
    #expect(briefing.content.title?.count == 1)
    #expect(briefing.content.lead.count == 1)
    #expect(briefing.content.sections.count == 2)
    let blocks = briefing.content.sections[0].blocks
    #expect(blocks.count == 3)
    guard case .paragraph(let label) = blocks[0], case .bulletList(let items) = blocks[1],
      case .table(let table) = blocks[2]
    else {
      Issue.record("the first section is not label line, list, table")
      return
    }
    #expect(label == [.label(LabelKey("label.in-response"))])
    #expect(items.count == 2)
    #expect(table.columns.map(\.key) == ["label.agreed-areas-of-focus", "label.details"])
    #expect(table.rows.count == 2)
    #expect(briefing.content.sources == ["THX News", "US Department of State"])
  }

  /// Other spellings of the same structure: `###` headings, `*` bullets, paragraphs wrapped over
  /// lines, emphasis, a table without outer pipes, sources as a list under a `Sources:` line.
  @Test func looserMarkdownGivesTheSameStructure() throws {
    let article = """
      The two delegations
      met in *Washington* today.

      ### Mga Detalye

      * Both sides reaffirmed
        their commitment.
      * They will meet again.

      Areas of Focus | Details
      --- | ---
      Missile Defense | Strengthening

      Sources:

      - THX News
      - US Department of State

      """
    let result = try ImportFixtures.importText(article, path: "loose.markdown", language: .english)
    let briefing = result.briefing
    #expect(briefing.content.title == nil)
    #expect(briefing.content.sources == ["THX News", "US Department of State"])
    #expect(briefing.content.sections.map(\.heading) == [[.label(LabelKey("label.details"))]])
    let text = try ImportFixtures.render(try ImportFixtures.throughYAML(briefing), .english)
    #expect(
      text == """
        The two delegations met in Washington today.
        Details
        - Both sides reaffirmed their commitment.
        - They will meet again.
        Agreed Areas of Focus | Details |
        ---|---|
        Missile Defense | Strengthening |
        Sources: THX News and US Department of State.

        """)
  }
}
