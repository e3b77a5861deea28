import SalinCatalog
import SalinCore

extension RenderContext {
  /// Appends a catalog message (or label) of the layout as one span.
  mutating func appendMessage(_ index: Int, in language: Int) throws(RenderError) {
    let (text, provenance) = try message(index, in: language)
    output.append(text, provenance: provenance)
  }

  /// A catalog message in the first language (from `language` on) whose catalog has the key,
  /// with a provenance record for its span.
  mutating func message(_ index: Int, in language: Int) throws(RenderError)
    -> (text: String, provenance: Int32)
  {
    let (text, used) = try messageText(index, in: language)
    let message = layout.messages[index]
    return (text, record(.catalog, message.key, used: used, place: message.place))
  }

  /// A catalog message's text and the chain index of the language it was taken from; a
  /// language other than the locale is noted as a fallback.
  mutating func messageText(_ index: Int, in language: Int) throws(RenderError) -> (String, Int) {
    let message = layout.messages[index]
    // The common case asks the catalog once; only a failure pays for finding out whether the
    // key is missing in this language (then walk the chain) or the message itself failed.
    var used = language
    var attempt = try format(message, in: language)
    if attempt == nil {
      let key = layout.strings[Int(message.key)]
      guard
        let fallback = firstLanguage(
          from: language, where: { messages.contains(key, locale: chain[$0]) })
      else {
        throw .unknownLabelKey(key, location: layout.location(message.place))
      }
      used = fallback
      attempt = try format(message, in: fallback)
    }
    guard let text = attempt else {
      throw .unknownLabelKey(
        layout.strings[Int(message.key)], location: layout.location(message.place))
    }
    if used != 0 {
      noteFallback(
        .catalog(key: layout.strings[Int(message.key)]), used: used, place: message.place)
    }
    return (text, used)
  }

  /// Formats a message in one language: `nil` when that language's catalog lacks the key.
  private mutating func format(_ message: BriefingLayout.Message, in language: Int)
    throws(RenderError) -> String?
  {
    // The arguments are a list in the layout's order (none for a label); the renderer's own
    // values are kept only when recording.
    var arguments = MessageArguments(capacity: message.arguments.count)
    var values: [String: MessageValue] = [:]
    for index in message.arguments {
      let argument = layout.arguments[Int(index)]
      let value = try value(of: Int(argument.binding), in: language)
      let name = layout.strings[Int(argument.name)]
      arguments.append(value.catalogArgument, named: name)
      if recordsFormatCalls { values[name] = value }
    }
    return try format(
      layout.strings[Int(message.key)], place: message.place, in: language,
      arguments: arguments, values: values)
  }

  /// Formats `key` in one language: `nil` when that language's catalog lacks the key.
  ///
  /// Every message of a render, whatever its kind, is formatted here.
  private mutating func format(
    _ key: String, place: BriefingLayout.Place, in language: Int, arguments: MessageArguments,
    values: @autoclosure () -> [String: MessageValue]
  ) throws(RenderError) -> String? {
    let text: String?
    do {
      text = try messages.message(key, locale: chain[language], argumentList: arguments)
    } catch {
      throw .messageFailed(
        key: key, locale: chain[language], reason: "\(error)", location: layout.location(place))
    }
    if recordsFormatCalls, text != nil {
      formatCalls.append(.message(key: key, locale: chain[language], arguments: values()))
    }
    return text
  }

  /// The `person.with-role` message: a name and a role title already resolved, in the first
  /// language from `language` whose catalog has the key.
  ///
  /// Not a fallback of its own: the name's and the title's are.
  mutating func titledName(
    name: String, role: String, place: BriefingLayout.Place, in language: Int
  ) throws(RenderError) -> String {
    let key = "person.with-role"
    var attempt = try formatTitledName(key, place: place, in: language, name: name, role: role)
    if attempt == nil {
      guard
        let fallback = firstLanguage(
          from: language, where: { messages.contains(key, locale: chain[$0]) })
      else {
        throw .unknownLabelKey(key, location: layout.location(place))
      }
      attempt = try formatTitledName(key, place: place, in: fallback, name: name, role: role)
    }
    guard let text = attempt else { throw .unknownLabelKey(key, location: layout.location(place)) }
    return text
  }

  /// The sources line's message (`sources.line`: "Sources: {sources, list}") with the sources'
  /// names, in the first language from `language` whose catalog has the key, so that the line
  /// takes the locale's label and list pattern ("출처: THX News 및 미국 국무부").
  mutating func sourcesLine(
    _ message: BriefingLayout.Message, names: [String], in language: Int
  ) throws(RenderError) -> (String, Int) {
    let key = layout.strings[Int(message.key)]
    var used = language
    var attempt = try formatSources(key, place: message.place, in: language, names: names)
    if attempt == nil {
      guard
        let fallback = firstLanguage(
          from: language, where: { messages.contains(key, locale: chain[$0]) })
      else {
        throw .unknownLabelKey(key, location: layout.location(message.place))
      }
      used = fallback
      noteFallback(.catalog(key: key), used: used, place: message.place)
      attempt = try formatSources(key, place: message.place, in: fallback, names: names)
    }
    guard let text = attempt else {
      throw .unknownLabelKey(key, location: layout.location(message.place))
    }
    return (text, used)
  }

  private mutating func formatSources(
    _ key: String, place: BriefingLayout.Place, in language: Int, names: [String]
  ) throws(RenderError) -> String? {
    var arguments = MessageArguments(capacity: 1)
    arguments.append(.list(names), named: "sources")
    return try format(
      key, place: place, in: language, arguments: arguments, values: ["sources": .list(names)])
  }

  private mutating func formatTitledName(
    _ key: String, place: BriefingLayout.Place, in language: Int, name: String, role: String
  ) throws(RenderError) -> String? {
    var arguments = MessageArguments(capacity: 2)
    arguments.append(.string(name), named: "name")
    arguments.append(.string(role), named: "role")
    return try format(
      key, place: place, in: language, arguments: arguments,
      values: ["name": .string(name), "role": .string(role)])
  }
}
