public import SalinCore

/// What SL001 needs from the catalogs: which locales' labels a text is, and a key's label in a
/// locale.
public protocol LabelLookup: Sendable {
  /// The catalog labels (or known variants) a text spells, in any locale.
  /// - Parameter text: A label-position text such as `Mga Detalye`.
  /// - Returns: Every matching key and locale.
  func labelMatches(for text: String) -> [LabelCandidate]

  /// A key's label in a locale, as plain text.
  /// - Parameters:
  ///   - key: A catalog key such as `label.details`.
  ///   - language: The locale.
  /// - Returns: The label, or `nil` if the locale has no plain-text entry for the key.
  func label(forKey key: String, language: Language) -> String?

  /// A key's message in a locale as written in the catalog (placeholders unformatted), for the
  /// translation checks that compare a value with its source.
  /// - Parameters:
  ///   - key: A catalog key.
  ///   - language: The locale.
  /// - Returns: The message source, or `nil` if the locale has no entry for the key.
  func messageSource(forKey key: String, language: Language) -> String?
}

extension LabelLookup {
  /// By default, the plain-text label.
  public func messageSource(forKey key: String, language: Language) -> String? {
    label(forKey: key, language: language)
  }
}

/// A catalog label that a text spells.
public struct LabelCandidate: Hashable, Sendable {
  /// The catalog key.
  public let key: String
  /// The locale whose catalog holds the label.
  public let language: Language
  /// The spelling that matched.
  public let spelling: String
  /// Whether the spelling is a known variant rather than the catalog value.
  public let isVariant: Bool

  /// Makes a candidate.
  /// - Parameters:
  ///   - key: The catalog key.
  ///   - language: The locale.
  ///   - spelling: The matching spelling.
  ///   - isVariant: Whether it is a variant.
  public init(key: String, language: Language, spelling: String, isVariant: Bool = false) {
    self.key = key
    self.language = language
    self.spelling = spelling
    self.isVariant = isVariant
  }
}
