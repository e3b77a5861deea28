public import SalinCore

/// A message parsed once into a tree, ready to be formatted many times.
///
/// The syntax is ICU MessageFormat with named arguments, as ICU 72 parses it, plus Salin's
/// extensions (`list`, `region`, `language`, and the grammar of the message's language: Korean
/// particles, the Tagalog linker `~ng`); see docs/catalogs.md.
public struct MessagePattern: Hashable, Sendable {
  /// The message as written.
  public let source: String
  /// The parsed message.
  let parts: [MessagePart]
  /// Another language's grammar written after a placeholder (left as text), by offset.
  let foreignGrammar: [ForeignGrammar]

  /// Grammar of another language, kept as text.
  struct ForeignGrammar: Hashable, Sendable {
    /// Where it starts in the message, in scalars.
    let offset: Int
    /// What it is, such as "the Korean particle '을(를)'".
    let name: String
  }

  /// Parses a message without any language's grammar.
  /// - Parameter source: The message text, in ICU MessageFormat syntax.
  /// - Throws: `MessageSyntaxError` at the first character that breaks the syntax.
  public init(parsing source: String) throws(MessageSyntaxError) {
    try self.init(source, grammar: .none)
  }

  /// Parses a message of a language, resolving the grammar that language has after
  /// placeholders (Korean particles in `ko`, the linker in `tl`).
  /// - Parameters:
  ///   - source: The message text, in ICU MessageFormat syntax.
  ///   - language: The catalog's language.
  /// - Throws: `MessageSyntaxError` at the first character that breaks the syntax.
  public init(parsing source: String, language: Language) throws(MessageSyntaxError) {
    try self.init(source, grammar: MessageGrammar(language: language))
  }

  private init(_ source: String, grammar: MessageGrammar) throws(MessageSyntaxError) {
    var parser = MessageParser(source, grammar: grammar)
    self.source = source
    self.parts = try parser.parse()
    foreignGrammar = parser.foreignGrammar.map { ForeignGrammar(offset: $0.offset, name: $0.name) }
  }

  /// The literal text of a message without placeholders, or `nil` if it has any.
  ///
  /// Labels are such messages; the label index and fast formatting path use this.
  public var plainText: String? {
    switch parts.count {
    case 0: ""
    case 1: if case .text(let text) = parts[0] { text } else { nil }
    default: nil
    }
  }

  /// Every placeholder, nested ones included, in source order.
  var placeholders: [Placeholder] {
    var found: [Placeholder] = []
    func walk(_ parts: [MessagePart]) {
      for part in parts {
        guard case .placeholder(let placeholder) = part else { continue }
        found.append(placeholder)
        placeholder.format.branchMessages.forEach(walk)
      }
    }
    walk(parts)
    return found
  }

  /// The argument names the message reads, sorted.
  public var argumentNames: [String] { Set(placeholders.map(\.name)).sorted() }

  /// The argument names the message formats as lists (`{areas, list}`), so that a caller with
  /// one value for such a name can pass a one-item list.
  public var listArgumentNames: Set<String> {
    Set(
      placeholders.compactMap { placeholder in
        if case .list = placeholder.format { placeholder.name } else { nil }
      })
  }

  /// The argument names the message only selects on (`{x, select, …}` and nowhere else), so
  /// that a caller who typed `4` on a command line can pass it as the text it is.
  public var selectOnlyArgumentNames: Set<String> {
    var selected = Set<String>()
    var other = Set<String>()
    for placeholder in placeholders {
      if case .select = placeholder.format {
        selected.insert(placeholder.name)
      } else {
        other.insert(placeholder.name)
      }
    }
    return selected.subtracting(other)
  }

  /// All literal text of the message, placeholders left out, for comparing translations.
  var literalText: String {
    var text = ""
    func walk(_ parts: [MessagePart]) {
      for part in parts {
        switch part {
        case .text(let literal): text += literal
        case .pound: break
        case .placeholder(let placeholder): placeholder.format.branchMessages.forEach(walk)
        }
      }
    }
    walk(parts)
    return text
  }
}
