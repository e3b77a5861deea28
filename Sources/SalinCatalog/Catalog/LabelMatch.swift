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

  /// Orders matches by key, then language, then message before variants.
  public static func < (lhs: LabelMatch, rhs: LabelMatch) -> Bool {
    (lhs.key, lhs.language.tag, lhs.isVariant ? 1 : 0, lhs.spelling)
      < (rhs.key, rhs.language.tag, rhs.isVariant ? 1 : 0, rhs.spelling)
  }
}
