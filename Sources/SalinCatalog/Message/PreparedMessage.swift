import SalinICU

/// A parsed message bound to one locale's ICU formatters, so that formatting it opens nothing,
/// parses nothing and looks no formatter up.
///
/// Made once per catalog entry, on first use (`CatalogSlot`), from the entry's `MessagePattern`.
struct PreparedMessage: Sendable {
  /// The message's parts.
  let parts: [PreparedPart]
  /// What the parts point into: the literal text's bytes and every placeholder.
  let storage: PreparedStorage
}

/// One part of a prepared message.
///
/// A plain value with no reference to count: formatting walks a message's parts for every call,
/// and copying a part that held a `String` or a class retained and released it (an atomic
/// operation each, the largest cost left in a short message). What the parts point to is owned by
/// the message's `PreparedStorage`, which lives as long as the prepared message.
enum PreparedPart: Sendable {
  /// Literal text: `count` UTF-8 bytes at `offset` in the storage.
  case text(offset: Int32, count: Int32)
  /// `#` in a plural branch.
  case pound
  /// A placeholder with its formatter.
  case placeholder(PlaceholderReference)
}

/// A placeholder owned by a message's storage, referred to without counting.
///
/// `Sendable` notes: the placeholder is immutable and `Sendable`; the storage that owns it
/// outlives every formatting call that reads it.
struct PlaceholderReference: @unchecked Sendable {
  /// The placeholder.
  unowned(unsafe) let placeholder: PreparedPlaceholder
}

/// A prepared message's literal text, one block of UTF-8 bytes, and its placeholders.
///
/// `Sendable` notes: written once in `init`, read-only after.
final class PreparedStorage: @unchecked Sendable {
  /// The literal text's bytes.
  let bytes: UnsafeMutableRawBufferPointer
  /// Every placeholder of the message, nested ones included, kept alive for its parts.
  private let placeholders: [PreparedPlaceholder]

  /// Copies the literal text's bytes and takes the placeholders.
  init(bytes source: [UInt8], placeholders: [PreparedPlaceholder]) {
    let bytes = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(source.count, 1), alignment: 1)
    source.withUnsafeBytes { bytes.copyMemory(from: $0) }
    self.bytes = bytes
    self.placeholders = placeholders
  }

  deinit { bytes.deallocate() }

  /// The text of a `.text` part.
  func text(offset: Int32, count: Int32) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[Int(offset)..<Int(offset + count)])
  }
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
  /// Where the placeholder's `{` is in the message, in scalars, for errors.
  let offset: Int

  /// Makes a prepared placeholder.
  init(
    name: String, format: PreparedFormat, grammar: GrammarSuffix?, article: TagalogArticle?,
    offset: Int
  ) {
    self.name = name
    self.format = format
    self.grammar = grammar
    hasGrammar = grammar != nil
    self.article = article
    self.offset = offset
  }
}

/// A placeholder's format, holding the locale's ICU formatter for it.
enum PreparedFormat: Sendable {
  /// `{name}`.
  case plain
  /// `{n, number}` with a named style or a pattern: ICU's `DecimalFormat`.
  case decimal(ICUDecimalFormat)
  /// `{n, number, ::skeleton}`.
  case skeleton(ICUNumberFormatter)
  /// `{d, date, …}` / `{d, time, …}`.
  case dateTime(ICUDateFormatter)
  /// `{n, spellout}`, `{n, ordinal}`, `{n, duration}` by ICU.
  case ruleBased(ICURuleBasedNumberFormat)
  /// `{n, spellout, …}` by Salin's own words for the language; a number the words return `nil`
  /// for is written as the digit ordinal (`{n, ordinal}`).
  case spelledBySalin(@Sendable (Int64) -> String?)
  /// `{n, ordinal}` by Salin's data for the language (`ika-#`).
  case ordinalBySalin
  /// `{xs, list, …}`; `names` for `{xs, list, names}`.
  case list(ICUListFormatter, names: Bool)
  /// `{c, region}`; `adjective` for `{c, region, adjective}`.
  case region(ICUDisplayNames, adjective: Bool)
  /// `{l, language}`.
  case language(ICUDisplayNames)
  /// `{n, choice, …}`.
  case choice([(limit: Double, isExclusive: Bool, parts: [PreparedPart])])
  /// `{n, plural, …}` / `{n, selectordinal, …}`.
  case plural(PreparedPlural)
  /// `{x, select, …}`.
  case select([(value: String, parts: [PreparedPart])])
}

/// A plural choice with its CLDR rules.
struct PreparedPlural: Sendable {
  /// What a branch matches.
  enum Selector: Sendable {
    /// `=N`.
    case exact(Double)
    /// A keyword such as `one` or `other`.
    case keyword(String)
  }
  /// Cardinal or ordinal rules of the locale.
  let rules: ICUPluralRules
  /// Subtracted before choosing a category and formatting `#`.
  let offset: Double
  /// The branches in source order.
  let branches: [(selector: Selector, parts: [PreparedPart])]
  /// The format whose output chooses the category, as ICU's MessageFormat chooses it: the
  /// first `#` or number placeholder of the same argument in the `other` branch; `nil` when
  /// that is not a decimal format (a skeleton, a date), and the number itself decides.
  let selectionFormat: ICUDecimalFormat?
}

extension PreparedFormat {
  /// Whether the format chooses among branches of message text (choice, plural, select).
  var hasBranches: Bool {
    switch self {
    case .choice, .plural, .select: true
    default: false
    }
  }
}
