/// Parses ICU MessageFormat, as ICU 72's `MessagePattern` does, into `MessagePart`s.
///
/// The rules are ICU's, character for character:
/// - Quoting is `ApostropheMode.DOUBLE_OPTIONAL`: `''` is one apostrophe; a single apostrophe
///   starts quoted text only right before `{` or `}`, before `|` directly in a `choice` branch,
///   or before `#` directly in a `plural`/`selectordinal` branch; any other apostrophe is
///   literal ("Korea's"). Quoted text that is never closed runs to the end of the message.
/// - White space is Pattern_White_Space (U+0009–U+000D, U+0020, U+0085, U+200E, U+200F,
///   U+2028, U+2029); an argument name or keyword is any run of characters that are neither
///   that nor Pattern_Syntax (`ʎValue４` is a name; `a.b` is not); a name of ASCII digits is an
///   argument number and has no leading zero.
/// - A `}` outside any placeholder is text; `#` is the plural number only directly in a plural
///   branch (not in a `select` nested in one).
///
/// Salin's extensions: the `list`, `region` and `language` types, and the grammar written right
/// after a placeholder (Korean particles, the Tagalog linker) in the languages that have it.
struct MessageParser {
  /// What encloses the message being parsed, which decides its quoting and terminators.
  enum Parent {
    /// The whole message.
    case none
    /// A `choice` branch: ends at `|` or `}`, and `'|` quotes.
    case choice
    /// A `plural` or `selectordinal` branch: `#` is the number, and `'#` quotes.
    case plural
    /// A `select` branch.
    case select
  }

  /// The deepest nesting of branches Salin parses (ICU allows 32,767).
  ///
  /// Each level costs stack when parsing, binding and formatting; catalogs nest two or three.
  static let maximumNesting = 100

  let scalars: [Unicode.Scalar]
  /// The grammar suffixes of the message's language.
  let grammar: MessageGrammar
  var index = 0
  /// Another language's grammar found around placeholders, by offset and name, left as text.
  var foreignGrammar: [(offset: Int, name: String)] = []

  /// Makes a parser for one message.
  /// - Parameters:
  ///   - message: The message.
  ///   - grammar: The grammar suffixes the message's language resolves.
  init(_ message: String, grammar: MessageGrammar) {
    scalars = Array(message.unicodeScalars)
    self.grammar = grammar
  }

  /// Parses the whole message.
  /// - Throws: `MessageSyntaxError` at the first offending character.
  mutating func parse() throws(MessageSyntaxError) -> [MessagePart] {
    try parseMessage(parent: .none, nesting: 0, openedAt: nil)
  }

  // MARK: Messages

  /// Parses message text up to its end: the end of the pattern at the top level; the `}` that
  /// closes a plural or select branch (consumed); the `|` or `}` that ends a choice branch (left
  /// for the choice).
  mutating func parseMessage(
    parent: Parent, nesting: Int, openedAt: Int?
  ) throws(MessageSyntaxError) -> [MessagePart] {
    guard nesting <= Self.maximumNesting else {
      throw error(
        "branches nest deeper than \(Self.maximumNesting) levels; split the message")
    }
    var parts: [MessagePart] = []
    var text = String.UnicodeScalarView()
    func flush() {
      if !text.isEmpty { parts.append(.text(String(text))) }
      text = String.UnicodeScalarView()
    }
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "'":
        readApostrophe(into: &text, parent: parent)
      case "#" where parent == .plural:
        flush()
        parts.append(.pound)
        index += 1
      case "{":
        // A Tagalog case marker right before the brace belongs to the placeholder (`ng~{x}`).
        var article = TagalogArticle.marker(ending: text)
        if let marker = article?.marker {
          if grammar.kinds.contains(.tagalogLinker) {
            text.removeLast(marker.unicodeScalars.count)
          } else {
            let at = index - marker.unicodeScalars.count
            foreignGrammar.append((at, "the Tagalog case marker '\(marker)'"))
            article = nil
          }
        }
        flush()
        var placeholder = try parseArgument(nesting: nesting)
        placeholder.article = article
        attachGrammar(to: &placeholder)
        parts.append(.placeholder(placeholder))
      case "}" where nesting > 0, "|" where parent == .choice:
        flush()
        if parent != .choice { index += 1 }
        return parts
      default:
        text.append(scalar)
        index += 1
      }
    }
    if nesting > 0 {
      throw MessageSyntaxError(offset: openedAt ?? 0, problem: "'{' is never closed")
    }
    flush()
    return parts
  }

  /// Reads an apostrophe and, where it starts quoted text, the quoted text.
  private mutating func readApostrophe(
    into text: inout String.UnicodeScalarView, parent: Parent
  ) {
    index += 1
    guard index < scalars.count else {
      text.append("'")
      return
    }
    let next = scalars[index]
    if next == "'" {
      text.append("'")
      index += 1
      return
    }
    let quotes =
      next == "{" || next == "}" || (parent == .choice && next == "|")
      || (parent == .plural && next == "#")
    guard quotes else {
      text.append("'")
      return
    }
    // Quoted literal text up to the next lone apostrophe ('' inside stands for one), or to the
    // end of the message.
    while index < scalars.count {
      if scalars[index] == "'" {
        if index + 1 < scalars.count, scalars[index + 1] == "'" {
          text.append("'")
          index += 2
          continue
        }
        index += 1
        return
      }
      text.append(scalars[index])
      index += 1
    }
  }

  /// Reads a Korean particle or the Tagalog linker right after a placeholder: resolved in the
  /// language that has it, left as text (and noted for `salin catalog check`) in another.
  private mutating func attachGrammar(to placeholder: inout Placeholder) {
    guard index < scalars.count, GrammarSuffix.mayStart(with: scalars[index]) else { return }
    // A particle is a few scalars long: look at a short window, not the rest of the message.
    let window = String(String.UnicodeScalarView(scalars[index..<min(index + 8, scalars.count)]))
    guard let suffix = GrammarSuffix.prefix(of: Substring(window).unicodeScalars) else { return }
    if grammar.allows(suffix) {
      placeholder.grammar = suffix
      index += suffix.sourceLength
    } else {
      foreignGrammar.append((index, MessageGrammar.name(of: suffix)))
    }
  }

  // MARK: Tokens

  /// Skips Pattern_White_Space.
  mutating func skipWhiteSpace() {
    while index < scalars.count, scalars[index].properties.isPatternWhitespace { index += 1 }
  }

  /// Skips an identifier: characters that are neither Pattern_White_Space nor Pattern_Syntax.
  mutating func skipIdentifier() {
    while index < scalars.count, !scalars[index].isPatternSyntaxOrWhiteSpace { index += 1 }
  }

  /// The text of a range of scalars.
  func text(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }

  /// The scalar at the current index, or `nil` at the end.
  var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  /// An error at the current index.
  func error(_ problem: String) -> MessageSyntaxError {
    MessageSyntaxError(offset: min(index, scalars.count), problem: problem)
  }
}

extension Unicode.Scalar {
  /// Whether ICU's `PatternProps::isSyntaxOrWhiteSpace` holds: the scalar ends an identifier.
  var isPatternSyntaxOrWhiteSpace: Bool {
    // ASCII letters, digits and `_` are by far the most common; decide them without tables.
    if value < 0x80 {
      switch value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return false
      default: return properties.isPatternSyntax || properties.isPatternWhitespace
      }
    }
    return properties.isPatternSyntax || properties.isPatternWhitespace
  }
}
