public import SalinCore
public import SalinLint
public import SalinRender

/// A rendered document laid out as plain text for the linter, remembering where each span's text
/// went, so that a finding's bytes can be traced back to the spans it covers.
///
/// One line per block, as Salin's plain-text reader reads a line: the title and headings alone
/// on their line, a paragraph on one line, `- ` before each list item, a table as pipe rows with
/// a `---|` separator after the header.
public struct PlainLayout: Sendable {
  /// Where one span's text is in ``text``.
  public struct Placement: Hashable, Sendable {
    /// The block's index: 0 is the title (if any), then the document's blocks in order.
    public let block: Int
    /// The span's index in its block's reading order.
    public let span: Int
    /// The bytes of ``text`` the span's text occupies.
    public let utf8Range: Range<Int>
  }

  /// The text the linter reads.
  public private(set) var text = ""
  /// Every span's place, in reading order.
  public private(set) var placements: [Placement] = []
  /// The fallbacks' places: text the rendering declares in another language (`<span lang>` in
  /// HTML), which `salin lint` allows as it allows any declared span.
  public private(set) var declared: [DeclaredRange] = []

  /// A stretch of ``text`` declared in a language.
  public struct DeclaredRange: Hashable, Sendable {
    /// The bytes.
    public let utf8Range: Range<Int>
    /// The language they are in.
    public let language: Language
  }

  /// Whether a finding only reports a declared span as what it declares itself to be.
  /// - Parameter finding: A finding on ``text``.
  /// - Returns: Whether a fallback of the finding's language covers all of it.
  public func isDeclared(_ finding: Finding) -> Bool {
    guard let language = finding.language else { return false }
    let range = finding.range.utf8Offsets
    return declared.contains {
      $0.language == language && $0.utf8Range.lowerBound <= range.lowerBound
        && range.upperBound <= $0.utf8Range.upperBound
    }
  }
  private var bytes = 0

  /// Lays a document out.
  /// - Parameter blocks: The blocks in reading order (the title first, as a heading).
  public init(blocks: [PreviewBlock]) {
    for (index, block) in blocks.enumerated() {
      var span = 0
      func put(_ spans: [RenderedSpan]) {
        for piece in spans {
          let start = bytes
          append(piece.text)
          placements.append(Placement(block: index, span: span, utf8Range: start..<bytes))
          if piece.provenance.isFallback {
            declared.append(
              DeclaredRange(utf8Range: start..<bytes, language: piece.provenance.locale))
          }
          span += 1
        }
      }
      switch block.kind {
      case .title, .heading, .paragraph, .sources:
        put(block.cells.first ?? [])
        append("\n")
      case .list:
        for item in block.cells {
          append("- ")
          put(item)
          append("\n")
        }
      case .table(let columns):
        for (cell, spans) in block.cells.enumerated() {
          put(spans)
          append(" | ")
          if (cell + 1) % max(columns, 1) == 0 {
            append("\n")
            if cell + 1 == columns { append(String(repeating: "---|", count: columns) + "\n") }
          }
        }
      }
      append("\n")
    }
  }

  private mutating func append(_ string: String) {
    text += string
    bytes += string.utf8.count
  }
}
