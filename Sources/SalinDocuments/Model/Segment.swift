public import SalinCore

/// A piece of a document that a reader found, with its text and where that text came from.
///
/// The text is what a reader sees (Markdown escapes resolved, inline code left out, a PO string's
/// escapes decoded), so it may differ from the source bytes; `pieces` maps each run of the text
/// back onto the source, and `sourceRange(ofTextUTF8:)` turns a span of the text into a range of
/// the file. Rules work on the text and report through that mapping.
public struct Segment: Hashable, Sendable {
  /// The segment's text as a reader sees it.
  public let text: String
  /// What kind of block or value the segment is.
  public let kind: SegmentKind
  /// The range of the file the segment covers, from its first to its last mapped byte.
  public let range: SourceRange
  /// For a table cell: its row (0 is the header) and column, both 0-based.
  public let tableCell: TableCellIndex?
  /// Where a label may stand in the segment's text: the whole text (a heading, a table cell, a
  /// line on its own) or a `Label:` prefix; `nil` when the segment is prose only.
  ///
  /// A one-word catalog label is only a finding here, never inside a sentence ("Lugar" is also a
  /// surname).
  public let labelRange: Range<Int>?
  /// Whether this segment is also part of an enclosing segment (link text inside a paragraph):
  /// rules that scan prose skip it, so nothing is reported twice.
  public let isNested: Bool
  /// Runs of the text that are byte-for-byte copies of the source.
  public let pieces: [TextPiece]

  /// Makes a segment; normally only readers do.
  /// - Parameters:
  ///   - text: The text.
  ///   - kind: The kind of segment.
  ///   - range: The source range it covers.
  ///   - tableCell: Row and column, for a table cell.
  ///   - labelRange: Where a label may stand, in UTF-8 offsets of `text`.
  ///   - isNested: Whether an enclosing segment holds the same text.
  ///   - pieces: Runs of `text` copied from the source.
  public init(
    text: String, kind: SegmentKind, range: SourceRange, tableCell: TableCellIndex? = nil,
    labelRange: Range<Int>? = nil, isNested: Bool = false, pieces: [TextPiece]
  ) {
    self.text = text
    self.kind = kind
    self.range = range
    self.tableCell = tableCell
    self.labelRange = labelRange
    self.isNested = isNested
    self.pieces = pieces
  }

  /// Whether a label may stand in this segment (a whole heading, table cell or line, or a
  /// `Label:` prefix).
  public var isLabelPosition: Bool { labelRange != nil }

  /// The label-position text: the whole segment or its `Label:` prefix.
  public var labelText: Substring? {
    guard let labelRange else { return nil }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: labelRange.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: labelRange.upperBound)
    return text[start..<end]
  }

  /// The byte offsets in the file of a span of the segment's text.
  ///
  /// A span that starts or ends inside text with no source copy (a decoded escape) is widened to
  /// the nearest mapped bytes.
  /// - Parameter textRange: UTF-8 offsets into `text`.
  /// - Returns: UTF-8 offsets into the file.
  public func sourceOffsets(ofTextUTF8 textRange: Range<Int>) -> Range<Int> {
    let start = sourceOffset(ofTextUTF8: textRange.lowerBound, preferEnd: false)
    let end =
      textRange.isEmpty ? start : sourceOffset(ofTextUTF8: textRange.upperBound, preferEnd: true)
    return start..<max(start, end)
  }

  /// Whether a span of the text is an exact copy of the source, so that replacing the source bytes
  /// replaces exactly that text (what `--fix` needs).
  /// - Parameter textRange: UTF-8 offsets into `text`.
  /// - Returns: `true` if one piece covers the whole span.
  public func isVerbatim(textUTF8 textRange: Range<Int>) -> Bool {
    pieces.contains {
      $0.textOffset <= textRange.lowerBound
        && textRange.upperBound <= $0.textOffset + $0.length
    }
  }

  private func sourceOffset(ofTextUTF8 offset: Int, preferEnd: Bool) -> Int {
    guard let first = pieces.first else { return range.start.utf8Offset }
    for piece in pieces {
      if offset < piece.textOffset {
        // In a gap before this piece: the start of the piece, or the end of the previous one.
        return piece.sourceOffset
      }
      let pieceEnd = piece.textOffset + piece.length
      if offset < pieceEnd || (preferEnd && offset == pieceEnd) {
        return piece.sourceOffset + (offset - piece.textOffset)
      }
    }
    let last = pieces.last ?? first
    return last.sourceOffset + last.length
  }
}

/// A run of a segment's text that is a byte-for-byte copy of the source.
public struct TextPiece: Hashable, Sendable {
  /// Where the run starts in the segment's text, in UTF-8 bytes.
  public let textOffset: Int
  /// Where the run starts in the file, in UTF-8 bytes.
  public let sourceOffset: Int
  /// The run's length in bytes.
  public let length: Int

  /// Makes a run.
  /// - Parameters:
  ///   - textOffset: Start in the segment's text.
  ///   - sourceOffset: Start in the file.
  ///   - length: Length in bytes.
  public init(textOffset: Int, sourceOffset: Int, length: Int) {
    self.textOffset = textOffset
    self.sourceOffset = sourceOffset
    self.length = length
  }
}

/// A table cell's place in its table, 0-based; row 0 is the header row.
public struct TableCellIndex: Hashable, Sendable {
  /// The row, 0 for the header.
  public let row: Int
  /// The column.
  public let column: Int

  /// Makes a cell index.
  /// - Parameters:
  ///   - row: The row, 0 for the header.
  ///   - column: The column.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}
