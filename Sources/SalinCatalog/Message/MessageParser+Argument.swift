// Placeholders: `{name}`, `{name, type}` and `{name, type, style}`, read as ICU's MessagePattern
// reads an argument, and their styles read as ICU's MessageFormat reads them.
extension MessageParser {
  /// The argument types Salin formats, for messages.
  static let typeNames =
    "number, date, time, spellout, ordinal, duration, choice, plural, select, selectordinal, "
    + "list, region, language"

  /// Parses a placeholder at its `{`, through its `}`.
  mutating func parseArgument(nesting: Int) throws(MessageSyntaxError) -> Placeholder {
    let start = index
    index += 1
    skipWhiteSpace()
    guard index < scalars.count else { throw neverClosed(start) }
    let nameOffset = index
    skipIdentifier()
    let name = text(nameOffset..<index)
    try checkArgumentName(name, at: nameOffset)
    skipWhiteSpace()
    guard let afterName = current else { throw neverClosed(start) }
    if afterName == "}" {
      index += 1
      return Placeholder(name: name, format: .plain, offset: start, nameOffset: nameOffset)
    }
    guard afterName == "," else {
      throw error("expected ',' or '}' after the argument name '\(name)'")
    }
    index += 1
    skipWhiteSpace()
    let typeOffset = index
    while let scalar = current, scalar.isASCII, scalar.properties.isAlphabetic { index += 1 }
    let type = text(typeOffset..<index)
    skipWhiteSpace()
    guard let afterType = current else { throw neverClosed(start) }
    guard !type.isEmpty else {
      throw MessageSyntaxError(
        offset: typeOffset,
        problem: "expected an argument type after '\(name),' (\(Self.typeNames))")
    }
    guard afterType == "," || afterType == "}" else {
      throw error("expected ',' or '}' after the type '\(type)'")
    }
    let format: PlaceholderFormat
    switch type.lowercased() {
    case "choice", "plural", "select", "selectordinal":
      guard afterType == "," else {
        throw error("'\(type)' needs its branches: '{\(name), \(type), …}'")
      }
      index += 1
      format = try parseBranches(type: type.lowercased(), nesting: nesting, openedAt: start)
    default:
      let style: String?
      let styleOffset: Int
      if afterType == "," {
        index += 1
        styleOffset = index
        style = try parseSimpleStyle(openedAt: start)
      } else {
        index += 1
        styleOffset = index - 1
        style = nil
      }
      format = try simpleFormat(
        name: name, type: type, typeOffset: typeOffset, style: style, styleOffset: styleOffset)
    }
    return Placeholder(name: name, format: format, offset: start, nameOffset: nameOffset)
  }

  /// ICU's rules for an argument name or number (`MessagePattern::parseArgNumber`).
  private func checkArgumentName(_ name: String, at offset: Int) throws(MessageSyntaxError) {
    guard !name.isEmpty else {
      let found = current.map { "'\($0)'" } ?? "the end"
      throw MessageSyntaxError(
        offset: offset,
        problem: "expected an argument name after '{', found \(found) (a name has no white space "
          + "or syntax characters such as . - , # { })")
    }
    guard name.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      guard name.unicodeScalars.count <= 65_535 else {
        throw MessageSyntaxError(offset: offset, problem: "the argument name is too long")
      }
      return
    }
    // Only ASCII digits: an argument number.
    if name.utf8.count > 1, name.utf8.first == 0x30 {
      throw MessageSyntaxError(
        offset: offset,
        problem:
          "argument number '\(name)' has a leading zero (write \(Int(name.drop { $0 == "0" }) ?? 0))"
      )
    }
    guard name.utf8.count <= 5, let number = Int(name), number <= 32_767 else {
      throw MessageSyntaxError(
        offset: offset, problem: "argument number '\(name)' is larger than 32767")
    }
  }

  /// Reads an argument style up to the `}` that closes the placeholder (ICU's
  /// `parseSimpleStyle`): quoted text and nested braces stay in the style, as written.
  private mutating func parseSimpleStyle(openedAt start: Int) throws(MessageSyntaxError) -> String {
    let styleStart = index
    var nested = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "'":
        let quote = index - 1
        while index < scalars.count, scalars[index] != "'" { index += 1 }
        guard index < scalars.count else {
          throw MessageSyntaxError(
            offset: quote, problem: "quoted text in the argument style is never closed")
        }
        index += 1
      case "{":
        nested += 1
      case "}":
        if nested > 0 {
          nested -= 1
        } else {
          return text(styleStart..<(index - 1))
        }
      default:
        break
      }
    }
    throw neverClosed(start)
  }

  /// The format of a simple type and its style, as ICU's `MessageFormat::createAppropriateFormat`
  /// reads them: keywords trimmed and case-insensitive, `::` starting a skeleton, anything else a
  /// pattern used as written.
  private func simpleFormat(
    name: String, type: String, typeOffset: Int, style: String?, styleOffset: Int
  ) throws(MessageSyntaxError) -> PlaceholderFormat {
    let raw = style ?? ""
    let keyword = Self.keyword(raw)
    switch type.lowercased() {
    case "number":
      switch keyword {
      case "": return .number(.decimal)
      case "currency": return .number(.currency)
      case "percent": return .number(.percent)
      case "integer": return .number(.integer)
      default:
        if let skeleton = Self.skeleton(raw) { return .number(.skeleton(skeleton)) }
        return .number(.pattern(raw))
      }
    case "date", "time":
      let isTime = type.lowercased() == "time"
      if let skeleton = Self.skeleton(raw) { return .dateTime(.skeleton(skeleton), isTime: isTime) }
      switch keyword {
      case "", "medium": return .dateTime(.medium, isTime: isTime)
      case "short": return .dateTime(.short, isTime: isTime)
      case "long": return .dateTime(.long, isTime: isTime)
      case "full": return .dateTime(.full, isTime: isTime)
      default: return .dateTime(.pattern(raw), isTime: isTime)
      }
    case "spellout", "ordinal", "duration":
      // ICU uses the style untrimmed as the rule set's name, so ` %spellout-ordinal` (with the
      // space everyone writes) silently falls back to the default rules; Salin trims it.
      let kind = RuleBasedKind(rawValue: type.lowercased()) ?? .spellout
      let ruleSet = raw.trimmingPatternWhiteSpace
      return .ruleBased(kind, ruleSet: ruleSet.isEmpty ? nil : ruleSet)
    case "list":
      guard let list = keyword.isEmpty ? .and : ListStyle(rawValue: keyword) else {
        throw MessageSyntaxError(
          offset: styleOffset,
          problem: "{\(name)}: unknown list style '\(raw.trimmingPatternWhiteSpace)' "
            + "(and, or, unit, names)")
      }
      return .list(list)
    case "region":
      guard keyword.isEmpty || keyword == "adjective" else {
        throw MessageSyntaxError(
          offset: styleOffset,
          problem: "{\(name)}: unknown region style '\(raw.trimmingPatternWhiteSpace)' "
            + "(adjective, or none)")
      }
      return .region(adjective: keyword == "adjective")
    case "language":
      guard keyword.isEmpty else {
        throw MessageSyntaxError(
          offset: styleOffset, problem: "{\(name)}: '\(type)' takes no style: '{\(name), \(type)}'")
      }
      return .language
    default:
      throw MessageSyntaxError(
        offset: typeOffset,
        problem: "{\(name)}: unknown argument type '\(type)' (\(Self.typeNames))")
    }
  }

  /// A style as ICU compares it with its keywords (`MessageFormat::findKeyword`): without
  /// Pattern_White_Space around it, in lowercase.
  static func keyword(_ style: String) -> String {
    style.trimmingPatternWhiteSpace.lowercased()
  }

  /// The skeleton of a style that starts with `::` after Pattern_White_Space, as written after it.
  static func skeleton(_ style: String) -> String? {
    let scalars = style.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isPatternWhitespace }),
      scalars[first...].starts(with: "::".unicodeScalars)
    else { return nil }
    return String(scalars[scalars.index(first, offsetBy: 2)...])
  }

  func neverClosed(_ start: Int) -> MessageSyntaxError {
    MessageSyntaxError(offset: start, problem: "'{' is never closed")
  }
}

extension String {
  /// The string without Pattern_White_Space at either end (ICU's `PatternProps::trimWhiteSpace`).
  var trimmingPatternWhiteSpace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isPatternWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isPatternWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
