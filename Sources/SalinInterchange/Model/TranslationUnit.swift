public import SalinCore

/// One translatable piece in an interchange file: a catalog entry or a briefing's text unit,
/// with its source, its translation and what a translator needs to know.
public struct TranslationUnit: Hashable, Sendable {
  /// The unit's ID: a catalog key (`label.sources`) or a text unit ID.
  public var id: String
  /// The source text, in ICU MessageFormat syntax for catalog entries.
  public var source: String
  /// The translation, if there is one.
  public var target: String?
  /// Where the translation stands.
  public var state: TranslationState
  /// The source catalog's description for translators.
  public var sourceNote: String?
  /// The target catalog's own description, kept so that a round trip loses nothing.
  public var targetNote: String?
  /// Other spellings of the translation the linter recognises (the target entry's `variants`).
  public var variants: [String]
  /// Whether the translation may equal the source on purpose (`untranslated: ok`).
  public var allowsSameText: Bool
  /// The source text the translation was made from, when it differs from `source` (stale).
  public var previousSource: String?
  /// Notes for the translator written by Salin: what each placeholder stands for, entity names.
  public var context: [String]
  /// Where the unit is written in the file it was read from.
  public var location: SourceLocation?
  /// Where its translation is written in the file it was read from.
  public var targetLocation: SourceLocation?

  /// Makes a unit.
  /// - Parameters:
  ///   - id: The unit's ID.
  ///   - source: The source text.
  ///   - target: The translation.
  ///   - state: Where the translation stands; by default `translated` with a target, else `new`.
  ///   - sourceNote: The source's description.
  ///   - targetNote: The target's own description.
  ///   - variants: The translation's variants.
  ///   - allowsSameText: `untranslated: ok`.
  ///   - previousSource: The source a stale translation was made from.
  ///   - context: Salin's notes for the translator.
  ///   - location: Where the unit is written.
  ///   - targetLocation: Where its translation is written.
  public init(
    id: String, source: String, target: String? = nil, state: TranslationState? = nil,
    sourceNote: String? = nil, targetNote: String? = nil, variants: [String] = [],
    allowsSameText: Bool = false, previousSource: String? = nil, context: [String] = [],
    location: SourceLocation? = nil, targetLocation: SourceLocation? = nil
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.state = state ?? (target == nil ? .new : .translated)
    self.sourceNote = sourceNote
    self.targetNote = targetNote
    self.variants = variants
    self.allowsSameText = allowsSameText
    self.previousSource = previousSource
    self.context = context
    self.location = location
    self.targetLocation = targetLocation
  }

  /// Units are equal when everything but where they were read from is.
  public static func == (lhs: TranslationUnit, rhs: TranslationUnit) -> Bool {
    lhs.id == rhs.id && lhs.source == rhs.source && lhs.target == rhs.target
      && lhs.state == rhs.state && lhs.sourceNote == rhs.sourceNote
      && lhs.targetNote == rhs.targetNote && lhs.variants == rhs.variants
      && lhs.allowsSameText == rhs.allowsSameText && lhs.previousSource == rhs.previousSource
      && lhs.context == rhs.context
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(state)
  }
}
