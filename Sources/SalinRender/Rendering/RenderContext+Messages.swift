import SalinCatalog
import SalinCore

extension RenderContext {
  /// Appends a catalog message (or label) as one span.
  mutating func appendMessage(_ reference: MessageReference, in language: Language)
    throws(RenderError)
  {
    let (text, provenance) = try message(reference, in: language)
    output.append(text, provenance: provenance)
  }

  /// A catalog message in the first language (from `language` on) whose catalog has the key,
  /// with a provenance record for its span.
  mutating func message(_ reference: MessageReference, in language: Language) throws(RenderError)
    -> (text: String, provenance: Int32)
  {
    let (text, used) = try messageText(reference, in: language)
    let provenance = record(
      .catalog(key: reference.key.key), used: chainIndex(used), location: reference.key.location)
    return (text, provenance)
  }

  /// A catalog message's text and the language it was taken from; a language other than the
  /// locale is noted as a fallback.
  mutating func messageText(_ reference: MessageReference, in language: Language)
    throws(RenderError) -> (String, Language)
  {
    let key = reference.key.key
    // The common case asks the catalog once; only a failure pays for finding out whether the
    // key is missing in this language (then walk the chain) or the message itself failed.
    var used = language
    var attempt = try format(reference, in: language)
    if attempt == nil {
      guard
        let fallback = firstLanguage(from: language, where: { messages.contains(key, locale: $0) })
      else {
        throw .unknownLabelKey(key, location: reference.key.location)
      }
      used = fallback
      attempt = try format(reference, in: fallback)
    }
    guard let text = attempt else { throw .unknownLabelKey(key, location: reference.key.location) }
    if used != locale {
      noteFallback(.catalog(key: key), used: used, location: reference.key.location)
    }
    return (text, used)
  }

  /// Formats a message in one language: `nil` when that language's catalog lacks the key.
  private mutating func format(_ reference: MessageReference, in language: Language)
    throws(RenderError) -> String?
  {
    if catalogs == nil {
      var values: [String: MessageValue] = [:]
      for (name, binding) in reference.arguments {
        values[name] = try value(of: binding, in: language)
      }
      return try formatWithSource(reference.key, in: language, values: values)
    }
    // The catalogs take their own argument type: build it directly, one dictionary a message
    // (none for a label), and keep the renderer's values only when recording.
    var arguments: [String: MessageArgument] = [:]
    var values: [String: MessageValue] = [:]
    if !reference.arguments.isEmpty {
      arguments.reserveCapacity(reference.arguments.count)
      for (name, binding) in reference.arguments {
        let value = try value(of: binding, in: language)
        arguments[name] = value.catalogArgument
        if recordsFormatCalls { values[name] = value }
      }
    }
    return try formatWithCatalogs(reference.key, in: language, arguments: arguments, values: values)
  }

  /// Formats `key` in one language of the catalogs: `nil` when that language lacks the key.
  private mutating func formatWithCatalogs(
    _ key: LabelKey, in language: Language, arguments: [String: MessageArgument],
    values: @autoclosure () -> [String: MessageValue]
  ) throws(RenderError) -> String? {
    // Called through the optional, not unwrapped into a local: a local `Catalogs` is a copy,
    // five retains and five releases a message.
    do {
      guard let text = try catalogs?.message(key.key, locale: language, arguments: arguments)
      else { return nil }
      if recordsFormatCalls {
        formatCalls.append(.message(key: key.key, locale: language, arguments: values()))
      }
      return text
    } catch {
      guard catalogs?.contains(key.key, locale: language) == true else { return nil }
      throw .messageFailed(
        key: key.key, locale: language, reason: "\(error)", location: key.location)
    }
  }

  /// Formats `key` in one language of another message source: `nil` when it lacks the key.
  private mutating func formatWithSource(
    _ key: LabelKey, in language: Language, values: [String: MessageValue]
  ) throws(RenderError) -> String? {
    do {
      let text = try messages.message(key.key, locale: language, arguments: values)
      if recordsFormatCalls {
        formatCalls.append(.message(key: key.key, locale: language, arguments: values))
      }
      return text
    } catch {
      guard messages.contains(key.key, locale: language) else { return nil }
      throw .messageFailed(
        key: key.key, locale: language, reason: "\(error)", location: key.location)
    }
  }

  /// `person.with-role`-like messages: a name and a role title already resolved, in the first
  /// language from `language` whose catalog has the key. Not a fallback of its own: the
  /// name's and the title's are.
  mutating func titledName(
    _ key: LabelKey, in language: Language, name: String, role: String
  ) throws(RenderError) -> String {
    var attempt = try formatTitledName(key, in: language, name: name, role: role)
    if attempt == nil {
      guard
        let fallback = firstLanguage(
          from: language, where: { messages.contains(key.key, locale: $0) })
      else {
        throw .unknownLabelKey(key.key, location: key.location)
      }
      attempt = try formatTitledName(key, in: fallback, name: name, role: role)
    }
    guard let text = attempt else { throw .unknownLabelKey(key.key, location: key.location) }
    return text
  }

  private mutating func formatTitledName(
    _ key: LabelKey, in language: Language, name: String, role: String
  ) throws(RenderError) -> String? {
    guard catalogs != nil else {
      return try formatWithSource(
        key, in: language, values: ["name": .string(name), "role": .string(role)])
    }
    return try formatWithCatalogs(
      key, in: language, arguments: ["name": .string(name), "role": .string(role)],
      values: ["name": .string(name), "role": .string(role)])
  }
}
