/// Parses ICU MessageFormat with named arguments and Salin's extensions into `MessagePart`s.
///
/// Quoting follows ICU's default (`ApostropheMode.DOUBLE_OPTIONAL`): `''` is one apostrophe;
/// a single apostrophe starts quoted text only right before `{`, `}`, `|` or (in a plural
/// branch) `#`; any other apostrophe is literal, so "Korea's" needs no escaping.
struct MessageParser {
  let scalars: [Unicode.Scalar]
  var index = 0

  /// Makes a parser for one message.
  init(_ message: String) { scalars = Array(message.unicodeScalars) }

  /// Parses the whole message.
  /// - Throws: `MessageSyntaxError` at the first offending character.
  mutating func parse() throws(MessageSyntaxError) -> [MessagePart] {
    let parts = try parseMessage(inPlural: false, openedAt: nil)
    return parts
  }

  // MARK: Messages

  mutating func parseMessage(
    inPlural: Bool, openedAt: Int?
  ) throws(MessageSyntaxError) -> [MessagePart] {
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
        readApostrophe(into: &text, inPlural: inPlural)
      case "{":
        // A Tagalog case marker right before the brace belongs to the placeholder (`ng~{x}`).
        let article = TagalogArticle.marker(ending: text)
        if let article { text.removeLast(article.marker.unicodeScalars.count) }
        flush()
        var placeholder = try parsePlaceholder()
        placeholder.article = article
        if let grammar = GrammarSuffix.prefix(of: remaining) {
          placeholder.grammar = grammar
          index += grammar.sourceLength
        }
        parts.append(.placeholder(placeholder))
      case "}":
        guard openedAt != nil else { throw error("'}' without a matching '{'") }
        flush()
        return parts
      case "#" where inPlural:
        flush()
        parts.append(.pound)
        index += 1
      default:
        text.append(scalar)
        index += 1
      }
    }
    if let openedAt {
      throw MessageSyntaxError(offset: openedAt, problem: "'{' is never closed")
    }
    flush()
    return parts
  }

  var remaining: Substring.UnicodeScalarView {
    Substring(String(String.UnicodeScalarView(scalars[index...]))).unicodeScalars
  }

  private mutating func readApostrophe(
    into text: inout String.UnicodeScalarView, inPlural: Bool
  ) {
    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
    if next == "'" {
      text.append("'")
      index += 2
      return
    }
    guard let next, next == "{" || next == "}" || next == "|" || (inPlural && next == "#") else {
      text.append("'")
      index += 1
      return
    }
    // Quoted literal text up to the next lone apostrophe ('' inside stands for one).
    index += 1
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

  // MARK: Tokens

  /// Where the style after `, ` starts, without consuming anything.
  func styleOffset() -> Int {
    var offset = index
    if offset < scalars.count, scalars[offset] == "," { offset += 1 }
    while offset < scalars.count, scalars[offset].properties.isWhitespace { offset += 1 }
    return offset
  }

  mutating func skipSpaces() {
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
  }

  mutating func readIdentifier() -> String {
    var name = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      guard
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
          || scalar == "-" || scalar == "."
      else { break }
      name.append(scalar)
      index += 1
    }
    return String(name)
  }

  mutating func readNumber() -> String {
    var number = String.UnicodeScalarView()
    while index < scalars.count,
      ("0"..."9").contains(scalars[index]) || scalars[index] == "."
        || scalars[index] == "-"
    {
      number.append(scalars[index])
      index += 1
    }
    return String(number)
  }

  /// Consumes `}` if it is next; fails at the end of the message.
  mutating func consumeClose(openedAt start: Int) throws(MessageSyntaxError) -> Bool {
    guard index < scalars.count else {
      throw MessageSyntaxError(offset: start, problem: "'{' is never closed")
    }
    guard scalars[index] == "}" else { return false }
    index += 1
    return true
  }

  mutating func expect(
    _ scalar: Unicode.Scalar, _ problem: String, openedAt start: Int
  ) throws(MessageSyntaxError) {
    guard index < scalars.count else {
      throw MessageSyntaxError(offset: start, problem: "'{' is never closed")
    }
    guard scalars[index] == scalar else { throw error(problem) }
    index += 1
  }

  func error(_ problem: String) -> MessageSyntaxError {
    MessageSyntaxError(offset: min(index, scalars.count), problem: problem)
  }
}
