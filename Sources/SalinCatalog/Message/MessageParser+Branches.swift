// The branches of `plural`, `selectordinal`, `select` and `choice`, read as ICU's
// `MessagePattern::parsePluralOrSelectStyle` and `parseChoiceStyle` read them.
extension MessageParser {
  /// Parses the branches after `{name, type,` through the placeholder's `}`.
  mutating func parseBranches(
    type: String, nesting: Int, openedAt start: Int
  ) throws(MessageSyntaxError) -> PlaceholderFormat {
    switch type {
    case "choice":
      let branches = try parseChoice(nesting: nesting, openedAt: start)
      index += 1  // the placeholder's '}'
      return .choice(branches)
    case "select":
      return .select(try parseSelect(nesting: nesting, openedAt: start))
    default:
      return .plural(
        try parsePlural(isOrdinal: type == "selectordinal", nesting: nesting, openedAt: start))
    }
  }

  private mutating func parsePlural(
    isOrdinal: Bool, nesting: Int, openedAt start: Int
  ) throws(MessageSyntaxError) -> PluralChoice {
    var offset: Double?
    var branches: [PluralBranch] = []
    while true {
      skipWhiteSpace()
      guard let scalar = current else { throw neverClosed(start) }
      if scalar == "}" {
        index += 1
        break
      }
      let selectorOffset = index
      let selector: PluralBranch.Selector
      if scalar == "=" {
        index += 1
        let numberStart = index
        skipDouble()
        guard index > numberStart,
          let value = Self.double(text(numberStart..<index), allowsInfinity: false)
        else {
          throw MessageSyntaxError(
            offset: selectorOffset, problem: "expected a number after '=' (=0, =1, =2.5)")
        }
        selector = .exact(value)
      } else {
        skipIdentifier()
        guard index > selectorOffset else {
          throw error(
            "expected a plural keyword (zero, one, two, few, many, other) or '=N', found '\(scalar)'"
          )
        }
        let keyword = text(selectorOffset..<index)
        if keyword == "offset", current == ":" {
          guard offset == nil, branches.isEmpty else {
            throw MessageSyntaxError(
              offset: selectorOffset, problem: "'offset:' must come once, before the branches")
          }
          index += 1
          skipWhiteSpace()
          let valueStart = index
          skipDouble()
          guard index > valueStart,
            let value = Self.double(text(valueStart..<index), allowsInfinity: false)
          else { throw error("expected a number after 'offset:'") }
          offset = value
          continue
        }
        selector = .keyword(keyword)
      }
      let parts = try parseBranchMessage(
        after: selectorOffset, parent: .plural, nesting: nesting)
      branches.append(PluralBranch(selector: selector, offset: selectorOffset, parts: parts))
    }
    guard branches.contains(where: { $0.selector == .keyword("other") }) else {
      throw MessageSyntaxError(
        offset: start,
        problem: "a \(isOrdinal ? "selectordinal" : "plural") needs an 'other' branch")
    }
    return PluralChoice(isOrdinal: isOrdinal, offset: offset ?? 0, branches: branches)
  }

  private mutating func parseSelect(
    nesting: Int, openedAt start: Int
  ) throws(MessageSyntaxError) -> [SelectBranch] {
    var branches: [SelectBranch] = []
    while true {
      skipWhiteSpace()
      guard let scalar = current else { throw neverClosed(start) }
      if scalar == "}" {
        index += 1
        break
      }
      let valueOffset = index
      skipIdentifier()
      guard index > valueOffset else {
        throw error("expected a select keyword (a word such as female or other), found '\(scalar)'")
      }
      let value = text(valueOffset..<index)
      let parts = try parseBranchMessage(after: valueOffset, parent: .select, nesting: nesting)
      branches.append(SelectBranch(value: value, offset: valueOffset, parts: parts))
    }
    guard branches.contains(where: { $0.value == "other" }) else {
      throw MessageSyntaxError(offset: start, problem: "a select needs an 'other' branch")
    }
    return branches
  }

  /// Parses `{message}` after a keyword.
  private mutating func parseBranchMessage(
    after selector: Int, parent: Parent, nesting: Int
  ) throws(MessageSyntaxError) -> [MessagePart] {
    skipWhiteSpace()
    guard current == "{" else {
      let keyword = text(selector..<index).trimmingPatternWhiteSpace
      throw error("expected '{' to open the message of '\(keyword)'")
    }
    let open = index
    index += 1
    return try parseMessage(parent: parent, nesting: nesting + 1, openedAt: open)
  }

  /// Parses `limit#message|limit<message|…` up to (not through) the placeholder's `}`.
  private mutating func parseChoice(
    nesting: Int, openedAt start: Int
  ) throws(MessageSyntaxError) -> [ChoiceBranch] {
    skipWhiteSpace()
    guard let first = current, first != "}" else {
      throw error("a choice needs branches such as '0#none|1#one|1<many'")
    }
    var branches: [ChoiceBranch] = []
    while true {
      let limitOffset = index
      skipDouble()
      guard index > limitOffset,
        let limit = Self.double(text(limitOffset..<index), allowsInfinity: true)
      else {
        throw MessageSyntaxError(
          offset: limitOffset, problem: "expected a number to start a choice branch (0#, 1<, ∞≤)")
      }
      skipWhiteSpace()
      guard let separator = current else { throw neverClosed(start) }
      guard separator == "#" || separator == "<" || separator == "\u{2264}" else {
        throw error("expected '#', '<' or '≤' after the choice limit")
      }
      index += 1
      let parts = try parseMessage(parent: .choice, nesting: nesting + 1, openedAt: start)
      branches.append(
        ChoiceBranch(limit: limit, isExclusive: separator == "<", offset: limitOffset, parts: parts)
      )
      if current == "}" { return branches }
      index += 1  // '|'
      skipWhiteSpace()
    }
  }

  /// Skips the characters ICU reads as a number (`MessagePattern::skipDouble`).
  private mutating func skipDouble() {
    while let scalar = current {
      let value = scalar.value
      let isNumberCharacter =
        (0x30...0x39).contains(value) || scalar == "+" || scalar == "-" || scalar == "."
        || scalar == "e" || scalar == "E" || value == 0x221E
      guard isNumberCharacter else { break }
      index += 1
    }
  }

  /// A number as ICU's `MessagePattern::parseDouble` reads it: an optional sign and digits, a
  /// C `strtod` number that uses every character, or `∞` where infinity is allowed.
  static func double(_ text: String, allowsInfinity: Bool) -> Double? {
    var body = Substring(text)
    var sign = 1.0
    if let first = body.first, first == "-" || first == "+" {
      sign = first == "-" ? -1 : 1
      body = body.dropFirst()
    }
    if body == "\u{221E}" { return allowsInfinity ? sign * .infinity : nil }
    guard !text.contains("\u{221E}") else { return nil }
    return Double(text)
  }
}
