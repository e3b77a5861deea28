public import SalinCore
public import SalinLint
public import SalinRender

/// What the preview page shows: the briefing rendered in each locale, the findings placed on the
/// spans they cover, and the problems that kept part of it from being shown.
public struct PreviewContent: Sendable {
  /// The briefing's ID (or its file name when it did not load).
  public var title: String
  /// One column per locale, in order.
  public var columns: [Column]
  /// Problems to show above the columns (`file:line:column: …`).
  public var problems: [String]

  /// Makes content.
  /// - Parameters:
  ///   - title: The briefing's ID.
  ///   - columns: The columns.
  ///   - problems: The problems.
  public init(title: String, columns: [Column] = [], problems: [String] = []) {
    self.title = title
    self.columns = columns
    self.problems = problems
  }

  /// A locale's rendering.
  public struct Column: Sendable {
    /// The locale.
    public var locale: Language
    /// The blocks, the title first.
    public var blocks: [PreviewBlock]
    /// The findings, placed on spans.
    public var marks: [Mark]
    /// The findings of this rendering.
    public var findings: [Finding]
    /// The rendering as `salin render --format html` writes it.
    public var html: String

    /// Makes a column.
    /// - Parameters:
    ///   - locale: The locale.
    ///   - blocks: The blocks.
    ///   - findings: The lint findings on ``PlainLayout``'s text of the blocks.
    ///   - layout: The layout the findings point into.
    ///   - html: The rendering as a standalone page.
    public init(
      locale: Language, blocks: [PreviewBlock], findings: [Finding], layout: PlainLayout,
      html: String = ""
    ) {
      self.html = html
      self.locale = locale
      self.blocks = blocks
      self.findings = findings
      marks = []
      for (index, finding) in findings.enumerated() {
        let range = finding.range.utf8Offsets
        for placement in layout.placements where placement.utf8Range.overlaps(range) {
          let start = max(range.lowerBound, placement.utf8Range.lowerBound)
          let end = min(range.upperBound, placement.utf8Range.upperBound)
          let base = placement.utf8Range.lowerBound
          marks.append(
            Mark(
              block: placement.block, span: placement.span,
              utf8Range: (start - base)..<(end - base),
              finding: index))
        }
      }
    }
  }

  /// Part of a span that a finding covers.
  public struct Mark: Hashable, Sendable {
    /// The block's index in the column.
    public var block: Int
    /// The span's index in the block's reading order.
    public var span: Int
    /// The bytes of the span's text covered.
    public var utf8Range: Range<Int>
    /// The finding's index in the column's findings.
    public var finding: Int
  }
}
