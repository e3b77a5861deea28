public import SalinCore

/// A bilingual file as every interchange format is read into and written from: units in one
/// source language with their translations into one target language.
///
/// Formats that hold several target languages at once (String Catalogs) read into one
/// `TranslationFile` per target.
public struct TranslationFile: Hashable, Sendable {
  /// What the units come from: `catalog` for a catalog, or a briefing's ID.
  public var id: String
  /// The source language.
  public var sourceLanguage: Language
  /// The target language; `nil` for a template (POT, a source-only export).
  public var targetLanguage: Language?
  /// The units, in the order of the source.
  public var units: [TranslationUnit]
  /// The path the file was read from, for messages.
  public var path: String?
  /// What the format it was read from can hold; an import keeps the rest from the catalog.
  public var holds: InterchangeFields = .all

  /// Makes a file.
  /// - Parameters:
  ///   - id: `catalog`, or a briefing's ID.
  ///   - sourceLanguage: The source language.
  ///   - targetLanguage: The target language, or `nil` for a template.
  ///   - units: The units.
  ///   - path: Where it was read from.
  public init(
    id: String = "catalog", sourceLanguage: Language, targetLanguage: Language?,
    units: [TranslationUnit], path: String? = nil
  ) {
    self.id = id
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.units = units
    self.path = path
  }

  /// The unit with an ID.
  /// - Parameter id: A unit ID.
  /// - Returns: The first unit with that ID.
  public func unit(_ id: String) -> TranslationUnit? { units.first { $0.id == id } }
}
