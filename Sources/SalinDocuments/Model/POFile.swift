public import SalinCore

/// A gettext PO or POT file: its header and entries, each string with where it is written.
///
/// This is Salin's one PO model: the linter reads its `msgstr`s as segments, the interchange
/// library maps it onto catalogs, and translation QA checks its entries. `POFile.parse` reads it;
/// `text` writes it back in the layout gettext's own tools write.
public struct POFile: Hashable, Sendable {
  /// The path as the caller gave it, used in every location.
  public var path: String
  /// The header entry (`msgid ""`), if the file has one.
  public var header: POEntry?
  /// The entries after the header, obsolete (`#~`) ones included, in file order.
  public var entries: [POEntry]

  /// Makes a PO file.
  /// - Parameters:
  ///   - path: The path to name in locations.
  ///   - header: The header entry.
  ///   - entries: The other entries.
  public init(path: String, header: POEntry? = nil, entries: [POEntry] = []) {
    self.path = path
    self.header = header
    self.entries = entries
  }

  /// The header's fields (`Language: tl` …) in file order.
  public var headerFields: [(name: String, value: String)] {
    guard let header = header?.msgstr.first?.text else { return [] }
    return Self.fields(ofHeader: header)
  }

  /// One header field's value.
  /// - Parameter name: A field name such as `Language` or `Plural-Forms`.
  /// - Returns: The value, spaces trimmed, or `nil` if the header lacks it.
  public func headerField(_ name: String) -> String? {
    headerFields.first { $0.name == name }?.value
  }

  /// The language the header's `Language:` field names, a gettext locale read as BCP 47
  /// (`pt_BR` as `pt-BR`, `sr_RS@latin` as `sr-Latn-RS`); `nil` when it names none.
  public var language: Language? {
    guard let tag = headerField("Language"), !tag.isEmpty else { return nil }
    return Language.fromGettextLocale(tag)
  }

  /// Splits a header's text into its `Name: value` lines.
  static func fields(ofHeader header: String) -> [(name: String, value: String)] {
    header.split(separator: "\n").compactMap { line in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (
        line[..<colon].trimmingSpaces(), line[line.index(after: colon)...].trimmingSpaces()
      )
    }
  }
}

/// One PO entry: comments, flags, context, the source string(s) and the translation(s).
public struct POEntry: Hashable, Sendable {
  /// Translator comments (`# …`), one per line, without the `# `.
  public var translatorComments: [String] = []
  /// Extracted comments for translators (`#. …`), one per line.
  public var extractedComments: [String] = []
  /// References (`#: file:line`), one per line as written.
  public var references: [String] = []
  /// Flags (`#, fuzzy, c-format`), in order.
  public var flags: [String] = []
  /// The previous `msgctxt` (`#| msgctxt`), from which a fuzzy translation was made.
  public var previousContext: String?
  /// The previous `msgid` (`#| msgid`), from which a fuzzy translation was made.
  public var previousMsgid: String?
  /// The context (`msgctxt`), if any.
  public var context: POString?
  /// The source string (`msgid`).
  public var msgid: POString
  /// The source plural (`msgid_plural`), if the entry has plural forms.
  public var msgidPlural: POString?
  /// The translations: one `msgstr`, or `msgstr[0]`, `msgstr[1]` … by index for plural forms.
  public var msgstr: [POString]
  /// Whether the entry is obsolete (`#~`).
  public var isObsolete = false
  /// Where the entry's first line is, comments included.
  public var location: SourceLocation?

  /// Makes an entry.
  /// - Parameters:
  ///   - context: The `msgctxt`.
  ///   - msgid: The source string.
  ///   - msgidPlural: The source plural.
  ///   - msgstr: The translations.
  public init(
    context: String? = nil, msgid: String, msgidPlural: String? = nil, msgstr: [String] = [""]
  ) {
    self.context = context.map { POString($0) }
    self.msgid = POString(msgid)
    self.msgidPlural = msgidPlural.map { POString($0) }
    self.msgstr = msgstr.map { POString($0) }
  }

  /// Whether the translation is marked fuzzy (needs review).
  public var isFuzzy: Bool {
    get { flags.contains("fuzzy") }
    set {
      flags.removeAll { $0 == "fuzzy" }
      if newValue { flags.insert("fuzzy", at: 0) }
    }
  }

  /// Whether the entry has a translation: every `msgstr` is non-empty.
  public var isTranslated: Bool { !msgstr.isEmpty && msgstr.allSatisfy { !$0.text.isEmpty } }
}

/// A PO string: its decoded text, and where its first quote is.
public struct POString: Hashable, Sendable {
  /// The text, with C escapes decoded and continuation lines joined.
  public var text: String
  /// Where the string's first character is (just after its opening quote), when it was read.
  public var location: SourceLocation?
  /// The text mapped back onto the file's bytes, for segments that point into the file.
  var builder: SegmentBuilder?

  /// Makes a string.
  /// - Parameters:
  ///   - text: The decoded text.
  ///   - location: Where it starts in its file.
  public init(_ text: String, location: SourceLocation? = nil) {
    self.text = text
    self.location = location
  }

  /// Strings are equal when their text and location are.
  public static func == (lhs: POString, rhs: POString) -> Bool {
    lhs.text == rhs.text && lhs.location == rhs.location
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(location)
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
