import SalinCore
import SalinICU

/// Fills a prepared message's placeholders for one set of arguments.
///
/// Every formatter was bound when the message was prepared (`PreparedMessage`); a call only
/// looks its arguments up and asks ICU for the values.
struct MessageFormatter<Arguments: MessageArgumentLookup> {
  /// The locale's formatters.
  let locale: MessageLocale
  /// The catalog key, for error messages.
  let key: String
  /// The arguments by name: a dictionary or a `MessageArguments` list.
  let arguments: Arguments

  /// Formats a message.
  /// - Parameter message: The prepared message.
  /// - Returns: The text.
  /// - Throws: `CatalogError` for a missing or ill-kinded argument, or a value ICU rejects.
  func format(_ message: PreparedMessage) throws(CatalogError) -> String {
    // A message that is one value (`{d, date, ::yMMMM}`, `{c, region}`) is that value.
    if message.parts.count == 1, case .placeholder(let placeholder) = message.parts[0],
      !placeholder.hasGrammar, placeholder.article == nil, !placeholder.format.hasBranches
    {
      return try format(argument(placeholder.name), placeholder)
    }
    return try text(of: message.parts, pluralNumber: nil)
  }

  /// Parts joined in one buffer (see `MessageText`).
  private func text(of parts: [PreparedPart], pluralNumber: Double?) throws(CatalogError) -> String
  {
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.textBufferSize) {
      buffer throws(CatalogError) in
      var text = MessageText(in: buffer)
      try append(parts, to: &text, pluralNumber: pluralNumber)
      return text.string()
    }
  }

  /// Bytes of a message's text kept on the stack; longer text moves to the heap.
  private static var textBufferSize: Int { 1024 }

  private func append(
    _ parts: [PreparedPart], to text: inout MessageText, pluralNumber: Double?
  ) throws(CatalogError) {
    for part in parts {
      switch part {
      case .text(let literal):
        text.append(literal)
      case .pound:
        if let pluralNumber {
          text.append(try icu("#") { try locale.defaultNumber.format(pluralNumber) })
        } else {
          text.append("#")
        }
      case .placeholder(let placeholder):
        try append(placeholder, to: &text)
      }
    }
  }

  private func append(_ placeholder: PreparedPlaceholder, to text: inout MessageText)
    throws(CatalogError)
  {
    let name = placeholder.name
    let argument = try self.argument(name)
    if let article = placeholder.article {
      text.append(article.resolved(for: argument, format: placeholder.format, locale: locale))
      text.append(" ")
    }
    // Plural and select branches go straight into the text unless grammar after them needs
    // their text on its own.
    if !placeholder.hasGrammar {
      switch placeholder.format {
      case .plural(let plural):
        let value = try pluralValue(argument, name: name)
        try append(branch(of: plural, for: value), to: &text, pluralNumber: value - plural.offset)
        return
      case .select(let branches):
        try append(branch(of: branches, for: argument, name: name), to: &text, pluralNumber: nil)
        return
      default:
        break
      }
    }
    let value = try format(argument, placeholder)
    text.append(value)
    // Particles and linkers are resolved only where the catalog wrote one.
    if placeholder.hasGrammar, let grammar = placeholder.grammar {
      text.append(grammar.resolved(after: value, words: locale.words))
    }
  }

  /// The argument a placeholder reads.
  private func argument(_ name: String) throws(CatalogError) -> MessageArgument {
    if let value = arguments.argument(named: name) { return value }
    throw .missingArgument(name: name, key: key, language: locale.language)
  }

  private func format(
    _ argument: MessageArgument, _ placeholder: PreparedPlaceholder
  ) throws(CatalogError) -> String {
    let name = placeholder.name
    switch placeholder.format {
    case .plain: return try plain(argument, name: name)
    case .number(let formatter): return try number(argument, name: name, formatter: formatter)
    case .date(let formatter, let needsDay):
      return try date(argument, name: name, formatter: formatter, needsDay: needsDay)
    case .spelledBySalin(let spell):
      if let words = spell(try integer(argument, name: name)) { return words }
      return try ordinal(argument, name: name)
    case .spelledByICU(let formatter, let ruleSet):
      let n = try integer(argument, name: name)
      return try icu(name) { try formatter.format(n, ruleSet: ruleSet) }
    case .ordinal: return try ordinal(argument, name: name)
    case .list(let formatter, let names):
      return try list(argument, name: name, formatter: formatter, names: names)
    case .region(let names, let adjective):
      guard case .string(let code) = argument else {
        throw wrongKind(name, expected: "text", argument)
      }
      return regionName(code, names: names, adjective: adjective)
    case .language(let names):
      guard case .string(let code) = argument else {
        throw wrongKind(name, expected: "text", argument)
      }
      return languageName(code, names: names)
    case .plural(let plural):
      let value = try pluralValue(argument, name: name)
      return try text(of: branch(of: plural, for: value), pluralNumber: value - plural.offset)
    case .select(let branches):
      return try text(of: branch(of: branches, for: argument, name: name), pluralNumber: nil)
    }
  }

  private func pluralValue(_ argument: MessageArgument, name: String) throws(CatalogError) -> Double
  {
    // A list is counted: `{leaders, plural, one {ni} other {nina}}` picks Tagalog's singular or
    // plural article for the people a `{leaders, list}` names.
    if case .list(let items) = argument { return Double(items.count) }
    guard let value = argument.doubleValue else {
      throw wrongKind(name, expected: "number", argument)
    }
    return value
  }

  private func branch(
    of branches: [(value: String, parts: [PreparedPart])], for argument: MessageArgument,
    name: String
  ) throws(CatalogError) -> [PreparedPart] {
    guard case .string(let value) = argument else {
      throw wrongKind(name, expected: "text", argument)
    }
    let branch = branches.first { $0.value == value } ?? branches.first { $0.value == "other" }
    return branch?.parts ?? []
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
