public import SalinCore

/// What a segment is: a block of a document or a value of a catalog.
public enum SegmentKind: Hashable, Sendable {
  /// A heading, with its level (1 for a title).
  case heading(level: Int)
  /// A paragraph of prose (in plain text: a line of prose).
  case paragraph
  /// A list item's text.
  case listItem
  /// A cell of a table's header row.
  case tableHeaderCell
  /// A cell of a table's body.
  case tableCell
  /// A paragraph inside a block quote.
  case blockQuote
  /// The text of a link (also part of its paragraph: see `Segment.isNested`).
  case linkText
  /// The alternative text of an image.
  case imageAlt
  /// A string value of a document's front matter.
  case frontMatter(key: String)
  /// A value of a Salin catalog, with its dotted key, the catalog's locale, and whether the entry
  /// says `untranslated: ok` (a name or acronym that is the same in every locale on purpose).
  case catalogValue(key: String, locale: Language?, allowsSameText: Bool = false)
  /// A translation (`msgstr`) of a gettext PO file, with its `msgid` and plural index.
  case poMessage(msgid: String, pluralIndex: Int?)
  /// A briefing text unit's variant in one locale (its placeholders left out of the text).
  case briefingText(unit: String, locale: Language)
  /// A unit's translation in a bilingual interchange file (XLIFF), with the unit's ID and the
  /// translation's locale; its inline codes are as the file's original data gives them.
  case unitTarget(unit: String, locale: Language)

  /// Whether the segment is prose of the document (not a catalog or PO value).
  public var isDocumentText: Bool {
    switch self {
    case .catalogValue, .poMessage, .unitTarget: false
    default: true
    }
  }

  /// A short lower-case name for messages and JSON (`heading`, `table-cell`).
  public var name: String {
    switch self {
    case .heading: "heading"
    case .paragraph: "paragraph"
    case .listItem: "list-item"
    case .tableHeaderCell: "table-header-cell"
    case .tableCell: "table-cell"
    case .blockQuote: "block-quote"
    case .linkText: "link-text"
    case .imageAlt: "image-alt"
    case .frontMatter: "front-matter"
    case .catalogValue: "catalog-value"
    case .poMessage: "po-message"
    case .briefingText: "briefing-text"
    case .unitTarget: "unit-target"
    }
  }
}
