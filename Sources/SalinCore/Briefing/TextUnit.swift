/// A piece of translatable prose: one variant per locale, under a stable ID.
///
/// A variant may hold placeholders `{name}` bound by `arguments` to messages, entities or
/// facts, so that each translator puts a formatted value where their grammar wants it. `{{`
/// and `}}` stand for literal braces.
public struct TextUnit: Hashable, Sendable {
  /// The unit's ID, unique in its briefing (provenance and translation memory use it).
  public var id: String
  /// The text in each locale the unit is translated into.
  public var variants: [Language: String] {
    didSet { segmentsByLanguage = variants.mapValues { Self.segments(of: $0) } }
  }
  /// Each variant split into literal text and placeholders, once, when the variant is set:
  /// like a catalog's messages, a briefing is parsed once and rendered many times.
  public private(set) var segmentsByLanguage: [Language: [Segment]]
  /// What each placeholder in the variants stands for.
  public var arguments: [String: ArgumentBinding]
  /// Where the unit is written, when it was loaded from a file.
  public var location: SourceLocation?
  /// For each translation, the `SourceFingerprint` of the source text it was made from
  /// (`made-from:` in the briefing); a translation without one is never reported stale.
  public var madeFrom: [Language: String] = [:]
  /// Where each variant's text is written (its value, after the `tl:` key), when the unit was
  /// loaded from a file: the linter reports each variant at its own line and column.
  public var variantLocations: [Language: SourceLocation] = [:]

  /// Makes a text unit.
  /// - Parameters:
  ///   - id: The unit's ID, unique in its briefing.
  ///   - variants: The text per locale.
  ///   - arguments: Bindings for the variants' placeholders.
  ///   - location: Where the unit is written.
  public init(
    id: String, variants: [Language: String], arguments: [String: ArgumentBinding] = [:],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.variants = variants
    self.segmentsByLanguage = variants.mapValues { Self.segments(of: $0) }
    self.arguments = arguments
    self.location = location
  }

  /// The languages the unit has a variant in, sorted by tag.
  public var languages: [Language] { variants.keys.sorted() }

  /// Whether a translation was made from another source text than the current one.
  /// - Parameters:
  ///   - language: The translation's language.
  ///   - source: The briefing's source language.
  /// - Returns: `true` when the translation records a fingerprint and the source's differs.
  public func isStale(_ language: Language, source: Language) -> Bool {
    guard language != source, let recorded = madeFrom[language], variants[language] != nil,
      let text = variants[source]
    else { return false }
    return recorded != SourceFingerprint.of(text)
  }

  /// The languages whose translation is stale, sorted by tag.
  /// - Parameter source: The briefing's source language.
  /// - Returns: The stale languages, sorted by tag.
  public func staleLanguages(source: Language) -> [Language] {
    madeFrom.isEmpty ? [] : languages.filter { isStale($0, source: source) }
  }
}
