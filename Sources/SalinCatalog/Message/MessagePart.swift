/// One piece of a parsed message: literal text, a placeholder, or `#` in a plural branch.
indirect enum MessagePart: Hashable, Sendable {
  /// Literal text, with ICU quoting already removed.
  case text(String)
  /// `#`: the plural number, less the offset, formatted as a number.
  case pound
  /// A placeholder `{name, type, style}`.
  case placeholder(Placeholder)
}

/// A placeholder in a message: the argument it reads, how it formats it, and any grammar after it.
struct Placeholder: Hashable, Sendable {
  /// The argument's name.
  let name: String
  /// How the argument is formatted.
  let format: PlaceholderFormat
  /// A Korean particle or Tagalog linker written right after the closing brace.
  var grammar: GrammarSuffix?
  /// A Tagalog case marker written right before the opening brace (`ng~{party}`).
  var article: TagalogArticle? = nil
  /// The offset of the opening brace in the message, in scalars.
  let offset: Int
}

/// How a placeholder formats its argument.
enum PlaceholderFormat: Hashable, Sendable {
  /// `{name}`: text as is; numbers, dates and lists in the locale's default format.
  case plain
  /// `{n, number}` or `{n, number, ::skeleton}`: an ICU number skeleton (empty for default).
  case number(skeleton: String)
  /// `{d, date, ::skeleton}` (also `time`, and the styles short/medium/long/full).
  case date(skeleton: String)
  /// `{n, spellout}` or `{n, spellout, %rule-set}`.
  case spellout(ruleSet: String?)
  /// `{n, ordinal}`: the ordinal with digits (5th, ika-5, 5번째).
  case ordinal
  /// `{xs, list}`, `{xs, list, or}`, `{xs, list, unit}`.
  case list(ListStyle)
  /// `{c, region}`: a region code's display name (KR → South Korea); `{c, region, adjective}`
  /// its adjective (South Korean).
  case region(adjective: Bool)
  /// `{l, language}`: a language code's display name (tl → Tagalog).
  case language
  /// `{n, plural, …}` or `{n, selectordinal, …}`.
  case plural(PluralChoice)
  /// `{x, select, a {…} other {…}}`.
  case select([SelectBranch])

  /// The type keyword as written in the message, for messages about the placeholder.
  var keyword: String {
    switch self {
    case .plain: "text"
    case .number: "number"
    case .date: "date"
    case .spellout: "spellout"
    case .ordinal: "ordinal"
    case .list: "list"
    case .region: "region"
    case .language: "language"
    case .plural(let choice): choice.isOrdinal ? "selectordinal" : "plural"
    case .select: "select"
    }
  }
}

/// The list joiner of a `{xs, list, …}` placeholder.
enum ListStyle: String, Hashable, Sendable {
  /// "A, B, and C".
  case and
  /// "A, B, or C".
  case or
  /// "A, B, C" as units are listed.
  case unit
  /// People's names: joined as the language joins people (Korean 김홍균과 박진; elsewhere `and`).
  case names
}

/// The branches of a plural or selectordinal placeholder.
struct PluralChoice: Hashable, Sendable {
  /// `true` for `selectordinal` (CLDR ordinal rules), `false` for `plural` (cardinal rules).
  let isOrdinal: Bool
  /// The `offset:` value subtracted before choosing a category and formatting `#`.
  let offset: Double
  /// The branches in source order.
  let branches: [PluralBranch]
}

/// One branch of a plural choice.
struct PluralBranch: Hashable, Sendable {
  /// What the branch matches.
  enum Selector: Hashable, Sendable {
    /// `=N`: the exact value, before the offset.
    case exact(Double)
    /// A CLDR category: zero, one, two, few, many, other.
    case category(String)
  }
  /// What the branch matches.
  let selector: Selector
  /// The offset of the selector in the message, in scalars.
  let offset: Int
  /// The branch's message.
  let parts: [MessagePart]
}

/// One branch of a select placeholder.
struct SelectBranch: Hashable, Sendable {
  /// The value the branch matches, or `other`.
  let value: String
  /// The offset of the value in the message, in scalars.
  let offset: Int
  /// The branch's message.
  let parts: [MessagePart]
}
