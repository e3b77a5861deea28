public import SalinCatalog
public import SalinCore

/// A label the importer found written in some locale and replaced by its catalog key.
///
/// `Mga Detalye` in a table header of an English article becomes `label.details`, so that the
/// English rendering says `Details` and the Tagalog one `Mga Detalye`.
public struct MappedLabel: Hashable, Sendable, CustomStringConvertible {
  /// The label as the article writes it (`Mga Detalye`; a `Label:` prefix without its colon).
  public let text: String
  /// The catalog entry it matched: key, language and spelling.
  public let match: LabelMatch
  /// Where the label starts in the article.
  public let location: SourcePosition
  /// Where in the article's structure it stood.
  public let role: Role

  /// Makes a record.
  /// - Parameters:
  ///   - text: The label as written.
  ///   - match: The catalog entry it matched.
  ///   - location: Where it starts.
  ///   - role: Where it stood.
  public init(text: String, match: LabelMatch, location: SourcePosition, role: Role) {
    self.text = text
    self.match = match
    self.location = location
    self.role = role
  }

  /// The catalog key the label became.
  public var key: String { match.key }

  /// `mapped 'Mga Detalye' (tl) → label.details at 17:25`.
  public var description: String {
    "mapped '\(text)' (\(match.language.tag)) → \(match.key) at \(location.line):\(location.column)"
  }

  /// The label positions the importer recognises: never a word inside a sentence.
  public enum Role: String, Hashable, Sendable {
    /// A whole heading.
    case heading
    /// A whole table header cell.
    case tableHeader = "table-header"
    /// A whole table body cell.
    case tableCell = "table-cell"
    /// A whole line (a paragraph or list item on its own).
    case line
    /// A `Label:` prefix of a line.
    case prefix
    /// The `Label:` of the closing sources line.
    case sources
  }
}
