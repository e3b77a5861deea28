public import SalinCore

/// A catalog entry an imported briefing needs but no catalog has: a table header no locale spells.
///
/// Column headers are label keys, never text, so the importer invents a key from the header's
/// words (`Remarks` → `label.remarks`) and lists it here; `salin import --new-labels FILE` writes
/// them as a catalog for the article's language.
public struct NewLabel: Hashable, Sendable {
  /// The invented key.
  public let key: String
  /// The header as the article writes it.
  public let text: String
  /// The article's language, in which `text` is the message.
  public let language: Language
  /// Where the header is.
  public let location: SourcePosition

  /// Makes a record.
  /// - Parameters:
  ///   - key: The invented key.
  ///   - text: The header text.
  ///   - language: The article's language.
  ///   - location: Where the header is.
  public init(key: String, text: String, language: Language, location: SourcePosition) {
    self.key = key
    self.text = text
    self.language = language
    self.location = location
  }
}
