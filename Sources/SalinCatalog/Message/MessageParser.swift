/// Parses ICU MessageFormat with named arguments and Salin's extensions into `MessagePart`s.
///
/// Quoting follows ICU's default (`ApostropheMode.DOUBLE_OPTIONAL`): `''` is one apostrophe;
/// a single apostrophe starts quoted text only right before `{`, `}`, `|` or (in a plural
/// branch) `#`; any other apostrophe is literal, so "Korea's" needs no escaping.
struct MessageParser {
  private let scalars: [Unicode.Scalar]
  private var index = 0

  /// Makes a parser for one message.
  init(_ message: String) { scalars = Array(message.unicodeScalars) }

  /// Parses the whole message.
  /// - Throws: `MessageSyntaxError` at the first offending character.
  mutating func parse() throws(MessageSyntaxError) -> [MessagePart] {
    let parts = try parseMessage(inPlural: false, openedAt: nil)
    return parts
  }

  // MARK: Messages

  private mutating func parseMessage(
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
        flush()
        var placeholder = try parsePlaceholder()
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

  private var remaining: Substring.UnicodeScalarView {
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

  // MARK: Placeholders

  private mutating func parsePlaceholder() throws(MessageSyntaxError) -> Placeholder {
    let start = index
    index += 1
    skipSpaces()
    let name = readIdentifier()
    guard !name.isEmpty else { throw error("expected an argument name after '{'") }
    skipSpaces()
    if try consumeClose(openedAt: start) {
      return Placeholder(name: name, format: .plain, offset: start)
    }
    try expect(",", "expected ',' or '}' after the argument name '\(name)'", openedAt: start)
    skipSpaces()
    let typeStart = index
    let type = readIdentifier()
    skipSpaces()
    let format: PlaceholderFormat
    switch type {
    case "number": format = .number(skeleton: try readStyle(openedAt: start, styles: numberStyles))
    case "date", "time":
      let defaults = type == "date" ? dateStyles : timeStyles
      format = .date(skeleton: try readStyle(openedAt: start, styles: defaults, default: "medium"))
    case "spellout":
      let ruleSet = try readStyle(openedAt: start, styles: nil)
      format = .spellout(ruleSet: ruleSet.isEmpty ? nil : ruleSet)
    case "ordinal":
      _ = try readStyle(openedAt: start, styles: ["": ""])
      format = .ordinal
    case "list":
      let styleStart = styleOffset()
      let style = try readStyle(openedAt: start, styles: nil)
      guard let list = style.isEmpty ? .and : ListStyle(rawValue: style) else {
        throw MessageSyntaxError(
          offset: styleStart, problem: "unknown list style '\(style)' (and, or, unit)")
      }
      format = .list(list)
    case "region", "language":
      _ = try readStyle(openedAt: start, styles: ["": ""])
      format = type == "region" ? .region : .language
    case "plural", "selectordinal":
      try expect(",", "expected ',' and branches after '\(type)'", openedAt: start)
      format = .plural(try parsePluralChoice(isOrdinal: type == "selectordinal", openedAt: start))
    case "select":
      try expect(",", "expected ',' and branches after 'select'", openedAt: start)
      format = .select(try parseSelectBranches(openedAt: start))
    case "":
      throw error("expected an argument type after ','")
    default:
      throw MessageSyntaxError(
        offset: typeStart,
        problem: "unknown argument type '\(type)' (number, date, time, plural, select, "
          + "selectordinal, spellout, ordinal, list, region, language)")
    }
    return Placeholder(name: name, format: format, offset: start)
  }

  private var numberStyles: [String: String] {
    ["": "", "integer": "precision-integer", "percent": "percent", "decimal": ""]
  }
  private var dateStyles: [String: String] {
    ["short": "yMd", "medium": "yMMMd", "long": "yMMMMd", "full": "yMMMMEEEEd"]
  }
  private var timeStyles: [String: String] {
    ["short": "jm", "medium": "jms", "long": "jmsz", "full": "jmszzzz"]
  }

  /// Reads `}` or `, style }` and returns the style: a `::skeleton` verbatim, a named style
  /// mapped through `styles`, or any text when `styles` is `nil`.
  private mutating func readStyle(
    openedAt start: Int, styles: [String: String]?, default defaultStyle: String = ""
  ) throws(MessageSyntaxError) -> String {
    var style = ""
    let styleStart: Int
    if try consumeClose(openedAt: start) {
      styleStart = index
    } else {
      try expect(",", "expected ',' or '}'", openedAt: start)
      skipSpaces()
      styleStart = index
      while index < scalars.count, scalars[index] != "}" {
        if scalars[index] == "{" { throw error("'{' is not allowed in a style") }
        style.unicodeScalars.append(scalars[index])
        index += 1
      }
      guard index < scalars.count else {
        throw MessageSyntaxError(offset: start, problem: "'{' is never closed")
      }
      index += 1
      while style.last?.isWhitespace == true { style.removeLast() }
    }
    if style.hasPrefix("::") { return String(style.dropFirst(2)).trimmed }
    guard let styles else { return style }
    let key = style.isEmpty ? defaultStyle : style
    guard let mapped = styles[key] else {
      let known = styles.keys.filter { !$0.isEmpty }.sorted()
      let hint = known.isEmpty ? "no style is allowed here" : "use ::skeleton or " + known.joined(separator: ", ")
      throw MessageSyntaxError(offset: styleStart, problem: "unknown style '\(style)' (\(hint))")
    }
    return mapped
  }

  private mutating func parsePluralChoice(
    isOrdinal: Bool, openedAt start: Int
  ) throws(MessageSyntaxError) -> PluralChoice {
    skipSpaces()
    var offset = 0.0
    if remaining.starts(with: "offset:".unicodeScalars) {
      index += 7
      skipSpaces()
      let numberStart = index
      guard let value = Double(readNumber()) else {
        throw MessageSyntaxError(offset: numberStart, problem: "expected a number after 'offset:'")
      }
      offset = value
    }
    var branches: [PluralBranch] = []
    while true {
      skipSpaces()
      if try consumeClose(openedAt: start) { break }
      let selectorStart = index
      let selector: PluralBranch.Selector
      if scalars[index] == "=" {
        index += 1
        guard let value = Double(readNumber()) else {
          throw MessageSyntaxError(offset: selectorStart, problem: "expected a number after '='")
        }
        selector = .exact(value)
      } else {
        let keyword = readIdentifier()
        guard !keyword.isEmpty else { throw error("expected a plural category or '=N'") }
        guard ["zero", "one", "two", "few", "many", "other"].contains(keyword) else {
          throw MessageSyntaxError(
            offset: selectorStart,
            problem: "'\(keyword)' is not a plural category (zero, one, two, few, many, other)")
        }
        selector = .category(keyword)
      }
      if branches.contains(where: { $0.selector == selector }) {
        throw MessageSyntaxError(offset: selectorStart, problem: "duplicate branch")
      }
      let parts = try parseBranchMessage(inPlural: true)
      branches.append(PluralBranch(selector: selector, offset: selectorStart, parts: parts))
    }
    guard branches.contains(where: { $0.selector == .category("other") }) else {
      throw MessageSyntaxError(offset: start, problem: "a plural needs an 'other' branch")
    }
    return PluralChoice(isOrdinal: isOrdinal, offset: offset, branches: branches)
  }

  private mutating func parseSelectBranches(
    openedAt start: Int
  ) throws(MessageSyntaxError) -> [SelectBranch] {
    var branches: [SelectBranch] = []
    while true {
      skipSpaces()
      if try consumeClose(openedAt: start) { break }
      let valueStart = index
      let value = readIdentifier()
      guard !value.isEmpty else { throw error("expected a select value") }
      if branches.contains(where: { $0.value == value }) {
        throw MessageSyntaxError(offset: valueStart, problem: "duplicate branch '\(value)'")
      }
      let parts = try parseBranchMessage(inPlural: false)
      branches.append(SelectBranch(value: value, offset: valueStart, parts: parts))
    }
    guard branches.contains(where: { $0.value == "other" }) else {
      throw MessageSyntaxError(offset: start, problem: "a select needs an 'other' branch")
    }
    return branches
  }

  private mutating func parseBranchMessage(
    inPlural: Bool
  ) throws(MessageSyntaxError) -> [MessagePart] {
    skipSpaces()
    guard index < scalars.count, scalars[index] == "{" else {
      throw error("expected '{' to open the branch's message")
    }
    let open = index
    index += 1
    let parts = try parseMessage(inPlural: inPlural, openedAt: open)
    index += 1  // the closing brace
    return parts
  }

  // MARK: Tokens

  /// Where the style after `, ` starts, without consuming anything.
  private func styleOffset() -> Int {
    var offset = index
    if offset < scalars.count, scalars[offset] == "," { offset += 1 }
    while offset < scalars.count, scalars[offset].properties.isWhitespace { offset += 1 }
    return offset
  }

  private mutating func skipSpaces() {
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
  }

  private mutating func readIdentifier() -> String {
    var name = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "-" || scalar == "."
      else { break }
      name.append(scalar)
      index += 1
    }
    return String(name)
  }

  private mutating func readNumber() -> String {
    var number = String.UnicodeScalarView()
    while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "."
      || scalars[index] == "-"
    {
      number.append(scalars[index])
      index += 1
    }
    return String(number)
  }

  /// Consumes `}` if it is next; fails at the end of the message.
  private mutating func consumeClose(openedAt start: Int) throws(MessageSyntaxError) -> Bool {
    guard index < scalars.count else {
      throw MessageSyntaxError(offset: start, problem: "'{' is never closed")
    }
    guard scalars[index] == "}" else { return false }
    index += 1
    return true
  }

  private mutating func expect(
    _ scalar: Unicode.Scalar, _ problem: String, openedAt start: Int
  ) throws(MessageSyntaxError) {
    guard index < scalars.count else {
      throw MessageSyntaxError(offset: start, problem: "'{' is never closed")
    }
    guard scalars[index] == scalar else { throw error(problem) }
    index += 1
  }

  private func error(_ problem: String) -> MessageSyntaxError {
    MessageSyntaxError(offset: min(index, scalars.count), problem: problem)
  }
}

extension String {
  fileprivate var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
