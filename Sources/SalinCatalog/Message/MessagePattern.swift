/// A message parsed once into a tree, ready to be formatted many times.
///
/// The syntax is ICU MessageFormat with named arguments, plus Salin's extensions (`list`,
/// `region`, `language`, Korean particles, the Tagalog linker `~ng`); see docs/catalogs.md.
public struct MessagePattern: Hashable, Sendable {
  /// The message as written.
  public let source: String
  /// The parsed message.
  let parts: [MessagePart]

  /// Parses a message.
  /// - Parameter source: The message text, in ICU MessageFormat syntax.
  /// - Throws: `MessageSyntaxError` at the first character that breaks the syntax.
  public init(parsing source: String) throws(MessageSyntaxError) {
    var parser = MessageParser(source)
    self.source = source
    self.parts = try parser.parse()
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
        switch placeholder.format {
        case .plural(let choice): choice.branches.forEach { walk($0.parts) }
        case .select(let branches): branches.forEach { walk($0.parts) }
        default: break
        }
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

  /// All literal text of the message, placeholders left out, for comparing translations.
  var literalText: String {
    var text = ""
    func walk(_ parts: [MessagePart]) {
      for part in parts {
        switch part {
        case .text(let literal): text += literal
        case .pound: break
        case .placeholder(let placeholder):
          switch placeholder.format {
          case .plural(let choice): choice.branches.forEach { walk($0.parts) }
          case .select(let branches): branches.forEach { walk($0.parts) }
          default: break
          }
        }
      }
    }
    walk(parts)
    return text
  }
}
