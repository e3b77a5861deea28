// Placeholders: `{name}`, `{name, type}`, `{name, type, style}` and the branches of plural,
// selectordinal and select.
extension MessageParser {
  mutating func parsePlaceholder() throws(MessageSyntaxError) -> Placeholder {
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
    case "region":
      let style = try readStyle(openedAt: start, styles: ["": "", "adjective": "adjective"])
      format = .region(adjective: style == "adjective")
    case "language":
      _ = try readStyle(openedAt: start, styles: ["": ""])
      format = .language
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
      let hint =
        known.isEmpty
        ? "no style is allowed here" : "use ::skeleton or " + known.joined(separator: ", ")
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
}

extension String {
  fileprivate var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
