public import SalinCore

/// A catalog label that a piece of text spells, in some language.
public struct LabelMatch: Hashable, Sendable, Comparable {
  /// The entry's key, such as `label.sources`.
  public let key: String
  /// The language whose catalog has that spelling.
  public let language: Language
  /// The spelling that matched, as the catalog writes it.
  public let spelling: String
  /// `true` when the spelling is one of the entry's `variants` rather than its message.
  public let isVariant: Bool

  /// Makes a match.
  /// - Parameters:
  ///   - key: The entry's key.
  ///   - language: The language whose catalog has the spelling.
  ///   - spelling: The spelling that matched, as the catalog writes it.
  ///   - isVariant: Whether the spelling is one of the entry's variants.
  public init(key: String, language: Language, spelling: String, isVariant: Bool) {
    self.key = key
    self.language = language
    self.spelling = spelling
    self.isVariant = isVariant
  }

  /// Orders matches by key, then language, then message before variants.
  public static func < (lhs: LabelMatch, rhs: LabelMatch) -> Bool {
    (lhs.key, lhs.language.tag, lhs.isVariant ? 1 : 0, lhs.spelling)
      < (rhs.key, rhs.language.tag, rhs.isVariant ? 1 : 0, rhs.spelling)
  }
}
