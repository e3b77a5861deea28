import SalinICU

/// A parsed message bound to one locale's ICU formatters, so that formatting it opens nothing,
/// parses nothing and looks no formatter up.
///
/// Made once per catalog entry, on first use (`CatalogSlot`), from the entry's `MessagePattern`.
struct PreparedMessage: Sendable {
  /// The message's parts.
  let parts: [PreparedPart]
}

/// One part of a prepared message.
indirect enum PreparedPart: Sendable {
  /// Literal text.
  case text(String)
  /// `#` in a plural branch.
  case pound
  /// A placeholder with its formatter.
  case placeholder(PreparedPlaceholder)
}

/// A placeholder with the formatter its format needs.
///
/// A class so that walking a message retains one reference per placeholder instead of copying
/// its fields. `Sendable` notes: immutable, and every field is `Sendable`.
final class PreparedPlaceholder: Sendable {
  /// The argument's name.
  let name: String
  /// How to format the argument.
  let format: PreparedFormat
  /// A Korean particle or Tagalog linker after it.
  let grammar: GrammarSuffix?
  /// Whether `grammar` is set: reading the optional copies the particle's four strings.
  let hasGrammar: Bool
  /// A Tagalog case marker before it (`ng~{party}`).
  let article: TagalogArticle?

  /// Makes a prepared placeholder.
  init(
    name: String, format: PreparedFormat, grammar: GrammarSuffix?, article: TagalogArticle? = nil
  ) {
    self.name = name
    self.format = format
    self.grammar = grammar
    hasGrammar = grammar != nil
    self.article = article
  }
}

/// A placeholder's format, holding the locale's ICU formatter for it.
enum PreparedFormat: Sendable {
  /// `{name}`.
  case plain
  /// `{n, number, …}`.
  case number(ICUNumberFormatter)
  /// `{d, date, …}`; `needsDay` when the skeleton shows the day or weekday.
  case date(ICUDateFormatter, needsDay: Bool)
  /// `{n, spellout, …}` by Salin's own words for the language; a number the words return `nil`
  /// for is written as the digit ordinal (`{n, ordinal}`).
  case spelledBySalin(@Sendable (Int64) -> String?)
  /// `{n, spellout, …}` by ICU, with the rule set chosen for the language (`nil`: default).
  case spelledByICU(ICUSpellOutFormatter, ruleSet: String?)
  /// `{n, ordinal}`.
  case ordinal
  /// `{xs, list, …}`; `names` for `{xs, list, names}`.
  case list(ICUListFormatter, names: Bool)
  /// `{c, region}`; `adjective` for `{c, region, adjective}`.
  case region(ICUDisplayNames, adjective: Bool)
  /// `{l, language}`.
  case language(ICUDisplayNames)
  /// `{n, plural, …}` / `{n, selectordinal, …}`.
  case plural(PreparedPlural)
  /// `{x, select, …}`.
  case select([(value: String, parts: [PreparedPart])])
}

/// A plural choice with its CLDR rules.
struct PreparedPlural: Sendable {
  /// Cardinal or ordinal rules of the locale.
  let rules: ICUPluralRules
  /// Subtracted before choosing a category and formatting `#`.
  let offset: Double
  /// `=N` branches.
  let exact: [(value: Double, parts: [PreparedPart])]
  /// Category branches.
  let categories: [(category: String, parts: [PreparedPart])]
}

extension PreparedFormat {
  /// Whether the format chooses among branches of message text (plural, selectordinal, select).
  var hasBranches: Bool {
    switch self {
    case .plural, .select: true
    default: false
    }
  }
}
