import SalinCore
import SalinICU

/// Fills a prepared message's placeholders for one set of arguments.
///
/// Every formatter was bound when the message was prepared (`PreparedMessage`); a call only
/// looks its arguments up and asks ICU for the values.
struct MessageFormatter {
  /// The locale's formatters.
  let locale: MessageLocale
  /// The catalog key, for error messages.
  let key: String
  /// The arguments by name.
  let arguments: [String: MessageArgument]

  /// Formats a message.
  /// - Parameter parts: The prepared message.
  /// - Returns: The text.
  /// - Throws: `CatalogError` for a missing or ill-kinded argument, or a value ICU rejects.
  func format(_ parts: [PreparedPart]) throws(CatalogError) -> String {
    var output = ""
    try append(parts, to: &output, pluralNumber: nil)
    return output
  }

  private func append(
    _ parts: [PreparedPart], to output: inout String, pluralNumber: Double?
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
        if let grammar = placeholder.grammar {
          let value = try format(placeholder)
          output += value
          output += grammar.resolved(after: value)
        } else {
          output += try format(placeholder)
        }
      }
    }
  }

  private func format(_ placeholder: PreparedPlaceholder) throws(CatalogError) -> String {
    let name = placeholder.name
    guard let argument = arguments[name] else {
      throw .missingArgument(name: name, key: key, language: locale.language)
    }
    switch placeholder.format {
    case .plain: return try plain(argument, name: name)
    case .number(let formatter): return try number(argument, name: name, formatter: formatter)
    case .date(let formatter, let needsDay):
      return try date(argument, name: name, formatter: formatter, needsDay: needsDay)
    case .spelledBySalin(let spell): return spell(try integer(argument, name: name))
    case .spelledByICU(let formatter, let ruleSet):
      let n = try integer(argument, name: name)
      return try icu(name) { try formatter.format(n, ruleSet: ruleSet) }
    case .ordinal: return try ordinal(argument, name: name)
    case .list(let formatter): return try list(argument, name: name, formatter: formatter)
    case .region(let names):
      guard case .string(let code) = argument else { throw wrongKind(name, expected: "text", argument) }
      return regionName(code, names: names)
    case .language(let names):
      guard case .string(let code) = argument else { throw wrongKind(name, expected: "text", argument) }
      return languageName(code, names: names)
    case .plural(let plural):
      guard let value = argument.doubleValue else { throw wrongKind(name, expected: "number", argument) }
      var output = ""
      try append(branch(of: plural, for: value), to: &output, pluralNumber: value - plural.offset)
      return output
    case .select(let branches):
      guard case .string(let value) = argument else { throw wrongKind(name, expected: "text", argument) }
      let branch = branches.first { $0.value == value } ?? branches.first { $0.value == "other" }
      var output = ""
      try append(branch?.parts ?? [], to: &output, pluralNumber: nil)
      return output
    }
  }

  private func branch(of plural: PreparedPlural, for value: Double) -> [PreparedPart] {
    if let exact = plural.exact.first(where: { $0.value == value }) { return exact.parts }
    let category = plural.rules.select(value - plural.offset)
    let branch =
      plural.categories.first { $0.category == category }
      ?? plural.categories.first { $0.category == "other" }
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
    } catch {
      throw .formattingFailed(key: key, name: name, reason: "\(error)")
    }
  }
}
