/// One piece of a parsed message: literal text, a placeholder, or `#` in a plural branch.
indirect enum MessagePart: Hashable, Sendable {
  /// Literal text, with ICU quoting already removed.
  case text(String)
  /// `#` directly in a plural or selectordinal branch: the number less the offset.
  case pound
  /// A placeholder `{name, type, style}`.
  case placeholder(Placeholder)
}

/// A placeholder in a message: the argument it reads, how it formats it, and any grammar after it.
struct Placeholder: Hashable, Sendable {
  /// The argument's name (ICU's argument name or number, as written).
  let name: String
  /// How the argument is formatted.
  let format: PlaceholderFormat
  /// A Korean particle or Tagalog linker written right after the closing brace.
  var grammar: GrammarSuffix?
  /// A Tagalog case marker written right before the opening brace (`ng~{party}`).
  var article: TagalogArticle? = nil
  /// The offset of the opening brace in the message, in scalars.
  let offset: Int
  /// The offset of the argument's name, in scalars: where errors about the argument point.
  let nameOffset: Int
}

/// How a placeholder formats its argument: ICU MessageFormat's argument types, plus Salin's
/// `list`, `region` and `language`.
enum PlaceholderFormat: Hashable, Sendable {
  /// `{name}`: text as is; numbers, dates and lists in the locale's default format.
  case plain
  /// `{n, number}`, `{n, number, integer}`, `{n, number, #,##0.0}`, `{n, number, ::skeleton}`.
  case number(NumberStyle)
  /// `{d, date, …}` (`isTime` false) or `{d, time, …}`.
  case dateTime(DateTimeStyle, isTime: Bool)
  /// `{n, spellout}`, `{n, ordinal}`, `{n, duration}`, with an optional rule set.
  case ruleBased(RuleBasedKind, ruleSet: String?)
  /// `{xs, list}`, `{xs, list, or}`, `{xs, list, unit}`.
  case list(ListStyle)
  /// `{c, region}`: a region code's display name (KR → South Korea); `{c, region, adjective}`
  /// its adjective (South Korean).
  case region(adjective: Bool)
  /// `{l, language}`: a language code's display name (tl → Tagalog).
  case language
  /// `{n, choice, 0#none|1#one|1<many}`.
  case choice([ChoiceBranch])
  /// `{n, plural, …}` or `{n, selectordinal, …}`.
  case plural(PluralChoice)
  /// `{x, select, a {…} other {…}}`.
  case select([SelectBranch])

  /// The type keyword, for messages about the placeholder.
  var keyword: String {
    switch self {
    case .plain: "text"
    case .number: "number"
    case .dateTime(_, let isTime): isTime ? "time" : "date"
    case .ruleBased(let kind, _): kind.rawValue
    case .list: "list"
    case .region: "region"
    case .language: "language"
    case .choice: "choice"
    case .plural(let choice): choice.isOrdinal ? "selectordinal" : "plural"
    case .select: "select"
    }
  }

  /// The branches' messages of a choice, plural or select; empty for the others.
  var branchMessages: [[MessagePart]] {
    switch self {
    case .choice(let branches): branches.map(\.parts)
    case .plural(let choice): choice.branches.map(\.parts)
    case .select(let branches): branches.map(\.parts)
    default: []
    }
  }
}

/// The style of a `number` placeholder, as ICU's MessageFormat reads it.
enum NumberStyle: Hashable, Sendable {
  /// No style, or an empty one: the locale's decimal format (at most 3 fraction digits).
  case decimal
  /// `currency`: the locale's currency format, or the amount's currency.
  case currency
  /// `percent`: the locale's percent format, which multiplies by 100.
  case percent
  /// `integer`: the decimal format rounded to a whole number.
  case integer
  /// Any other style: a DecimalFormat pattern, as written (spaces and quotes included).
  case pattern(String)
  /// `::skeleton`: an ICU number skeleton.
  case skeleton(String)
}

/// The style of a `date` or `time` placeholder, as ICU's MessageFormat reads it.
enum DateTimeStyle: Hashable, Sendable {
  /// `short`.
  case short
  /// `medium`, and no style at all.
  case medium
  /// `long`.
  case long
  /// `full`.
  case full
  /// Any other style: a SimpleDateFormat pattern, as written.
  case pattern(String)
  /// `::skeleton`: a CLDR date skeleton.
  case skeleton(String)
}

/// ICU's rule-based argument types.
enum RuleBasedKind: String, Hashable, Sendable {
  /// `spellout`: the number in words.
  case spellout
  /// `ordinal`: the ordinal with digits (5th, 5번째).
  case ordinal
  /// `duration`: seconds as hours, minutes and seconds (2:03).
  case duration
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

/// One branch of a choice: `limit#message` or `limit<message`.
struct ChoiceBranch: Hashable, Sendable {
  /// The number the branch starts at (ignored for the first branch, as ICU does).
  let limit: Double
  /// `<` (the branch starts above the limit) rather than `#` or `≤` (at the limit).
  let isExclusive: Bool
  /// The offset of the limit in the message, in scalars.
  let offset: Int
  /// The branch's message.
  let parts: [MessagePart]
}

/// The branches of a plural or selectordinal placeholder.
struct PluralChoice: Hashable, Sendable {
  /// `true` for `selectordinal` (CLDR ordinal rules), `false` for `plural` (cardinal rules).
  let isOrdinal: Bool
  /// The `offset:` value subtracted before choosing a category and formatting `#`.
  let offset: Double
  /// The branches in source order; a repeated keyword's first branch is the one used.
  let branches: [PluralBranch]
}

/// One branch of a plural choice.
struct PluralBranch: Hashable, Sendable {
  /// What the branch matches.
  enum Selector: Hashable, Sendable {
    /// `=N`: the exact value, before the offset.
    case exact(Double)
    /// A keyword: a CLDR category (zero, one, two, few, many, other) or any other word, which
    /// ICU accepts and never selects.
    case keyword(String)
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
