import SalinCore
import SalinICU

/// Fills a prepared message's placeholders for one set of arguments, as ICU's MessageFormat
/// fills them.
///
/// Every formatter was bound when the message was prepared (`PreparedMessage`); a call only
/// looks its arguments up and asks ICU for the values. Nothing is returned unless the whole
/// message formats: an error stops the call.
struct MessageFormatter<Arguments: MessageArgumentLookup> {
  /// The catalog entry being formatted: its locale's formatters, and its key for errors.
  ///
  /// Unretained: the caller (the slot itself) keeps it alive for the call.
  unowned(unsafe) let slot: CatalogSlot
  /// The arguments by name: a dictionary or a `MessageArguments` list.
  let arguments: Arguments
  /// The message's literal text and placeholders.
  ///
  /// Unretained, as `slot`.
  unowned(unsafe) let storage: PreparedStorage

  /// The locale's formatters.
  var locale: MessageLocale { slot.locale }
  /// The catalog key, for error messages.
  var key: String { slot.entry.key }

  /// An error about the placeholder whose argument name starts at `offset`.
  struct Failure: Error {
    let error: CatalogError
    let offset: Int
  }

  /// Formats a message.
  /// - Parameter message: The prepared message.
  /// - Returns: The text.
  /// - Throws: `Failure` for a missing or ill-kinded argument, or a value ICU rejects.
  func format(_ message: PreparedMessage) throws(Failure) -> String {
    // A message that is one value (`{d, date, ::yMMMM}`, `{c, region}`) is that value.
    if message.parts.count == 1, case .placeholder(let reference) = message.parts[0],
      case let placeholder = reference.placeholder,
      !placeholder.hasGrammar, placeholder.article == nil, !placeholder.format.hasBranches
    {
      return try at(placeholder) { () throws(CatalogError) in
        try value(of: argument(placeholder), placeholder)
      }
    }
    return try text(of: message.parts, plural: nil)
  }

  /// Parts joined in one buffer (see `MessageText`).
  private func text(of parts: [PreparedPart], plural: PluralNumber?) throws(Failure) -> String {
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.textBufferSize) {
      buffer throws(Failure) in
      var text = MessageText(in: buffer)
      try append(parts, to: &text, plural: plural)
      return text.string()
    }
  }

  /// Bytes of a message's text kept on the stack; longer text moves to the heap.
  private static var textBufferSize: Int { 1024 }

  /// The number `#` stands for in a plural branch: the argument less the offset.
  struct PluralNumber {
    /// The argument as given (a decimal keeps its digits when there is no offset).
    let argument: MessageArgument
    /// The number less the offset.
    let value: Double
    /// Whether an offset was subtracted.
    let hasOffset: Bool
    /// Where the plural placeholder is in the message, for errors.
    let offset: Int
  }

  private func append(
    _ parts: [PreparedPart], to text: inout MessageText, plural: PluralNumber?
  ) throws(Failure) {
    for part in parts {
      switch part {
      case .text(let offset, let count):
        text.append(utf8: storage.text(offset: offset, count: count))
      case .pound:
        // Only a plural branch has `.pound` parts; its caller passes the number.
        guard let plural else { continue }
        try at(offset: plural.offset) { () throws(CatalogError) in
          try appendPound(plural, to: &text)
        }
      case .placeholder(let reference):
        try append(reference.placeholder, to: &text)
      }
    }
  }

  private func append(_ placeholder: PreparedPlaceholder, to text: inout MessageText)
    throws(Failure)
  {
    let argument = try at(placeholder) { () throws(CatalogError) in try self.argument(placeholder) }
    if let article = placeholder.article {
      text.append(article.resolved(for: argument, format: placeholder.format, locale: locale))
      text.append(" ")
    }
    // Branches go straight into the text unless grammar after them needs their text on its own.
    if !placeholder.hasGrammar, placeholder.format.hasBranches {
      let (parts, plural) = try at(placeholder) { () throws(CatalogError) in
        try branch(of: placeholder, for: argument)
      }
      try append(parts, to: &text, plural: plural)
      return
    }
    // The commonest values go from ICU's buffer straight into the text, without a `String`.
    if !placeholder.hasGrammar,
      try at(
        placeholder,
        { () throws(CatalogError) in
          try appendValue(of: argument, placeholder, to: &text)
        })
    {
      return
    }
    let value: String
    if placeholder.format.hasBranches {
      let (parts, plural) = try at(placeholder) { () throws(CatalogError) in
        try branch(of: placeholder, for: argument)
      }
      value = try self.text(of: parts, plural: plural)
    } else {
      value = try at(placeholder) { () throws(CatalogError) in
        try self.value(of: argument, placeholder)
      }
    }
    text.append(value)
    // Particles and linkers are resolved only where the catalog wrote one.
    if placeholder.hasGrammar, let grammar = placeholder.grammar {
      text.append(grammar.resolved(after: value, words: locale.words))
    }
  }

  /// The argument a placeholder reads.
  private func argument(_ placeholder: PreparedPlaceholder) throws(CatalogError) -> MessageArgument
  {
    if let value = arguments.argument(named: placeholder.name) { return value }
    throw .missingArgument(name: placeholder.name, key: key, language: locale.language)
  }

  /// The branch a choice, plural or select placeholder selects, and the plural number.
  private func branch(
    of placeholder: PreparedPlaceholder, for argument: MessageArgument
  ) throws(CatalogError) -> ([PreparedPart], PluralNumber?) {
    let name = placeholder.name
    switch placeholder.format {
    case .choice(let branches):
      return (try choiceBranch(branches, for: argument, name: name), nil)
    case .plural(let plural):
      let number = try pluralValue(argument, name: name)
      let value = number - plural.offset
      let parts = branch(of: plural, for: number, less: value)
      let pound = PluralNumber(
        argument: argument, value: value, hasOffset: plural.offset != 0,
        offset: placeholder.offset)
      return (parts, pound)
    case .select(let branches):
      guard case .string(let value) = argument else {
        throw wrongKind(name, expected: "text to select on", argument)
      }
      let branch = branches.first { $0.value == value } ?? branches.first { $0.value == "other" }
      return (branch?.parts ?? [], nil)
    default:
      return ([], nil)
    }
  }

  private func pluralValue(_ argument: MessageArgument, name: String) throws(CatalogError) -> Double
  {
    // A list is counted: `{leaders, plural, =1 {ni} other {nina}}` picks Tagalog's singular or
    // plural article for the people a `{leaders, list}` names.
    if case .list(let items) = argument { return Double(items.count) }
    guard let value = argument.doubleValue else {
      throw wrongKind(name, expected: "number", argument)
    }
    return value
  }

  /// The branch a plural selects, as ICU's `PluralFormat::findSubMessage` selects it.
  ///
  /// An `=N` branch matching the number wins wherever it is; otherwise the first branch of the
  /// number's category, else the first `other`. The category is asked for only when a keyword
  /// other than `other` comes up.
  private func branch(
    of plural: PreparedPlural, for number: Double, less value: Double
  ) -> [PreparedPart] {
    var chosen: [PreparedPart]?
    var matched = false
    var category: String?
    for branch in plural.branches {
      switch branch.selector {
      case .exact(let exact):
        if number == exact { return branch.parts }
      case .keyword(let keyword):
        guard !matched else { continue }
        if keyword == "other" {
          if chosen == nil {
            chosen = branch.parts
            if category == "other" { matched = true }
          }
        } else {
          if category == nil {
            let selected =
              if let format = plural.selectionFormat {
                plural.rules.select(value, formattedBy: format)
              } else {
                plural.rules.select(value)
              }
            category = selected
            if chosen != nil, selected == "other" { matched = true }
          }
          if !matched, keyword == category {
            chosen = branch.parts
            matched = true
          }
        }
      }
    }
    return chosen ?? []
  }

  /// ICU's `ChoiceFormat::findSubMessage`: the last branch whose limit the number reaches, the
  /// first branch's limit not counting; the first branch for a number below every limit or NaN.
  private func choiceBranch(
    _ branches: [(limit: Double, isExclusive: Bool, parts: [PreparedPart])],
    for argument: MessageArgument, name: String
  ) throws(CatalogError) -> [PreparedPart] {
    guard let number = argument.doubleValue else {
      throw wrongKind(name, expected: "number", argument)
    }
    var chosen = branches.first?.parts ?? []
    for branch in branches.dropFirst() {
      let reached = branch.isExclusive ? number > branch.limit : number >= branch.limit
      guard reached else { break }
      chosen = branch.parts
    }
    return chosen
  }

  // MARK: Errors

  /// Runs `body`, turning its error into a `Failure` at the placeholder.
  func at<T>(
    _ placeholder: PreparedPlaceholder, _ body: () throws(CatalogError) -> T
  ) throws(Failure) -> T {
    try at(offset: placeholder.offset, body)
  }

  func at<T>(offset: Int, _ body: () throws(CatalogError) -> T) throws(Failure) -> T {
    do throws(CatalogError) {
      return try body()
    } catch {
      throw Failure(error: error, offset: offset)
    }
  }

  func wrongKind(_ name: String, expected: String, _ argument: MessageArgument) -> CatalogError {
    .wrongArgumentKind(name: name, key: key, expected: expected, got: argument.kindName)
  }

  /// Runs an ICU call and turns its failure into a `CatalogError` naming the argument.
  func icu<T>(_ name: String, _ body: () throws -> T) throws(CatalogError) -> T {
    do {
      return try body()
    } catch {
      throw .formattingFailed(
        key: key, name: name, reason: (error as? ICUError)?.explanation ?? "ICU fails with \(error)"
      )
    }
  }
}
