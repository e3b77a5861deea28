import SalinCore
import SalinICU

/// Fills a parsed message's placeholders for one locale and one set of arguments.
///
/// Each locale-sensitive piece comes from ICU (numbers, dates, lists, plural categories,
/// spell-out, display names) through formatters shared per locale and options; nothing is
/// opened or parsed per call.
struct MessageFormatter {
  /// The locale's formatters.
  let locale: MessageLocale
  /// The catalog key, for error messages.
  let key: String
  /// The arguments by name.
  let arguments: [String: MessageArgument]

  /// Formats a message.
  /// - Parameter parts: The parsed message.
  /// - Returns: The text.
  /// - Throws: `CatalogError` for a missing or ill-kinded argument, or a value ICU rejects.
  func format(_ parts: [MessagePart]) throws(CatalogError) -> String {
    var output = ""
    try append(parts, to: &output, pluralNumber: nil)
    return output
  }

  private func append(
    _ parts: [MessagePart], to output: inout String, pluralNumber: Double?
  ) throws(CatalogError) {
    for part in parts {
      switch part {
      case .text(let text):
        output += text
      case .pound:
        if let pluralNumber {
          output += try icu("#") { try locale.defaultNumber.format(pluralNumber) }
        } else {
          output += "#"
        }
      case .placeholder(let placeholder):
        let value = try format(placeholder)
        output += value
        if let grammar = placeholder.grammar { output += grammar.resolved(after: value) }
      }
    }
  }

  private func format(_ placeholder: Placeholder) throws(CatalogError) -> String {
    let name = placeholder.name
    guard let argument = arguments[name] else {
      throw .missingArgument(name: name, key: key, language: locale.language)
    }
    switch placeholder.format {
    case .plain: return try plain(argument, name: name)
    case .number(let skeleton): return try number(argument, name: name, skeleton: skeleton)
    case .date(let skeleton): return try date(argument, name: name, skeleton: skeleton)
    case .spellout(let ruleSet): return try spellOut(argument, name: name, ruleSet: ruleSet)
    case .ordinal: return try ordinal(argument, name: name)
    case .list(let style): return try list(argument, name: name, style: style)
    case .region, .language:
      guard case .string(let code) = argument else {
        throw wrongKind(name, expected: "text", argument)
      }
      return try displayName(code, isRegion: placeholder.format == .region, name: name)
    case .plural(let choice):
      guard let value = argument.doubleValue else {
        throw wrongKind(name, expected: "number", argument)
      }
      var output = ""
      try append(branch(of: choice, for: value), to: &output, pluralNumber: value - choice.offset)
      return output
    case .select(let branches):
      guard case .string(let value) = argument else {
        throw wrongKind(name, expected: "text", argument)
      }
      let branch = branches.first { $0.value == value } ?? branches.first { $0.value == "other" }
      var output = ""
      try append(branch?.parts ?? [], to: &output, pluralNumber: nil)
      return output
    }
  }

  private func branch(of choice: PluralChoice, for value: Double) -> [MessagePart] {
    if let exact = choice.branches.first(where: { $0.selector == .exact(value) }) {
      return exact.parts
    }
    let rules = choice.isOrdinal ? locale.ordinal : locale.cardinal
    let category = rules.select(value - choice.offset)
    let branch =
      choice.branches.first { $0.selector == .category(category) }
      ?? choice.branches.first { $0.selector == .category("other") }
    return branch?.parts ?? []
  }

  // MARK: Helpers shared by the placeholder kinds

  func wrongKind(_ name: String, expected: String, _ argument: MessageArgument) -> CatalogError {
    .wrongArgumentKind(name: name, key: key, expected: expected, got: argument.kindName)
  }

  /// Runs an ICU call and turns its failure into a `CatalogError` naming the argument.
  func icu<T>(_ name: String, _ body: () throws -> T) throws(CatalogError) -> T {
    do {
      return try body()
    } catch let error as CatalogError {
      throw error
    } catch {
      throw .formattingFailed(key: key, name: name, reason: "\(error)")
    }
  }
}
