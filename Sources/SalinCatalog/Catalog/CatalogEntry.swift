public import SalinCore

/// One message of one locale's catalog, with where it was written.
public struct CatalogEntry: Hashable, Sendable {
  /// The dotted key, such as `label.sources`.
  public let key: String
  /// The catalog's language.
  public let language: Language
  /// The message as written, in ICU MessageFormat syntax.
  public let source: String
  /// A note for translators, if the catalog gives one.
  public let description: String?
  /// Other spellings of the same label in this language ("Mga Pinagmulan", "Pinagmulan" …),
  /// which the linter and importer recognise as this key.
  public let variants: [String]
  /// Whether the entry may be identical to another locale's (`untranslated: ok`), as names
  /// and acronyms are.
  public let allowsSameText: Bool
  /// Where the translation stands (`state:`), when the catalog says; `nil` means translated.
  public let state: TranslationState?
  /// Where the key is written.
  public let location: SourceLocation
  /// Where the message text starts.
  public let valueLocation: SourceLocation
  /// The parsed message, or where its syntax breaks.
  let parsed: Result<MessagePattern, MessageSyntaxError>
  /// The scalar index in the file where the value's YAML node starts.
  let valueIndex: Int

  /// The parsed message.
  /// - Throws: `CatalogError.invalidMessage` with the file position of the syntax error.
  public func pattern() throws(CatalogError) -> MessagePattern {
    switch parsed {
    case .success(let pattern): return pattern
    case .failure(let error):
      throw .invalidMessage(key: key, location: valueLocation, problem: error.description)
    }
  }
}
