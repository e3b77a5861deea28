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

extension ArticleBlock {
  /// The block with its places moved down by whole lines and bytes: a block read from a window of
  /// the article, placed in the article.
  /// - Parameters:
  ///   - lines: How many lines come before the window.
  ///   - bytes: How many bytes come before the window.
  /// - Returns: The block, placed in the article.
  func moved(lines: Int, bytes: Int) -> ArticleBlock {
    func move(_ position: SourcePosition) -> SourcePosition {
      SourcePosition(
        utf8Offset: position.utf8Offset + bytes, line: position.line + lines,
        column: position.column, utf16Column: position.utf16Column)
    }
    func move(_ text: ArticleText) -> ArticleText {
      var text = text
      text.location = move(text.location)
      return text
    }
    switch self {
    case .heading(let level, let text): return .heading(level: level, move(text))
    case .paragraph(let text): return .paragraph(move(text))
    case .listItem(let text): return .listItem(move(text))
    case .tableRow(let isHeader, let cells, let location):
      return .tableRow(
        isHeader: isHeader, cells: cells.map { $0.map(move) }, location: move(location))
    }
  }
}
