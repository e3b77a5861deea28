public import SalinCore

extension Catalogs {
  /// Formats a message with values typed as text, as on a command line: each is read by its
  /// shape (`MessageArgument.parsing`), except that a name the message formats as a list is a
  /// list even when given once, and a name it only selects on (`{x, select, …}`) is the text as
  /// typed (`4` selects the branch `4`).
  /// - Parameters:
  ///   - key: A dotted key such as `meeting.session`.
  ///   - language: The language, as in `message(_:locale:arguments:)`.
  ///   - values: The values typed for each name, in order; several make a list.
  /// - Returns: The formatted text.
  /// - Throws: As `message(_:locale:arguments:)`; `CatalogError.unknownKey`, with the key it was
  ///   probably meant to be, when no locale defines the key (most often a typo).
  public func message(
    _ key: String, locale language: Language, typedValues values: [String: [String]]
  ) throws(CatalogError) -> String {
    let entry = entry(key, language)
    if entry == nil, !keys.contains(key) {
      throw .unknownKey(key, language: language, suggestion: closestKey(to: key))
    }
    let pattern = try entry?.pattern()
    let lists = pattern?.listArgumentNames ?? []
    let selected = pattern?.selectOnlyArgumentNames ?? []
    var arguments: [String: MessageArgument] = [:]
    arguments.reserveCapacity(values.count)
    for (name, typed) in values {
      arguments[name] =
        if lists.contains(name) {
          .list(typed)
        } else if selected.contains(name), typed.count == 1 {
          .string(typed[0])
        } else {
          MessageArgument.parsing(typed)
        }
    }
    return try message(key, locale: language, arguments: arguments)
  }
}
