public import SalinCore

/// Something the importer could not carry over exactly, with where it is in the article.
public struct ImportNotice: Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  public let location: SourcePosition
  /// What it is.
  public let reason: Reason

  /// Makes a notice.
  /// - Parameters:
  ///   - reason: What it is.
  ///   - location: Where it is.
  public init(_ reason: Reason, at location: SourcePosition) {
    self.reason = reason
    self.location = location
  }

  /// `17:1: table header 'Remarks' matches no catalog label: wrote label.remarks (add it to a catalog)`.
  public var description: String { "\(location.line):\(location.column): \(reason)" }

  /// The kinds of notice.
  public enum Reason: Hashable, Sendable, CustomStringConvertible {
    /// A table header that no catalog spells: the briefing uses a new key that a catalog must define.
    case newTableHeader(text: String, key: String)
    /// A table row with more cells than the header: the extra cells are left out.
    case extraCells(count: Int)
    /// A table row before any header row: kept as a paragraph.
    case rowWithoutHeader
    /// Prose the language identifier reads as another language than the article's: it is
    /// imported as the article's language all the same.
    case otherLanguage(Language, confidence: Double, imported: Language)

    /// A sentence for the user.
    public var description: String {
      switch self {
      case .newTableHeader(let text, let key):
        "table header '\(text)' matches no catalog label: wrote \(key) (define it in a catalog, "
          + "for example with --new-labels)"
      case .extraCells(let count):
        "row has \(count) more cell\(count == 1 ? "" : "s") than the header: left out"
      case .rowWithoutHeader: "table row without a header row: imported as a paragraph"
      case .otherLanguage(let language, let confidence, let imported):
        "text reads as \(language) (\(Int((confidence * 100).rounded()))%), imported as \(imported): "
          + "check --lang, or lint the article"
      }
    }
  }
}
