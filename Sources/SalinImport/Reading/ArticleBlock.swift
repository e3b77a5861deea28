import SalinCore

/// A block of an article as the importer sees it, before labels are resolved.
enum ArticleBlock: Hashable, Sendable {
  /// A heading, with its level (1 for a title).
  case heading(level: Int, ArticleText)
  /// A paragraph (in plain text: a line of prose).
  case paragraph(ArticleText)
  /// One list item.
  case listItem(ArticleText)
  /// One table row: the header row or a body row, a cell per column (`nil` for an empty cell).
  case tableRow(isHeader: Bool, cells: [ArticleText?], location: SourcePosition)
}

/// The text of a block or cell, where it starts, and where a label may stand in it.
struct ArticleText: Hashable, Sendable {
  /// The text, trimmed, with whitespace runs as the reader leaves them.
  var text: String
  /// Where the text starts in the article.
  var location: SourcePosition
  /// Whether the whole text may be a label (a heading, a cell, a line on its own).
  var wholeIsLabelPosition: Bool
  /// Whether a `Label:` prefix of the text may be a label.
  var prefixIsLabelPosition: Bool
}
