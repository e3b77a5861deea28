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
    didSet { (segmentsByLanguage, segmentList) = Self.segmentTables(variants) }
  }
  /// Each variant split into literal text and placeholders, once, when the variant is set:
  /// like a catalog's messages, a briefing is parsed once and rendered many times.
  public private(set) var segmentsByLanguage: [Language: [Segment]]
  /// The same segments in an array, for renderers: with a handful of languages, comparing
  /// tags costs less than hashing one.
  package private(set) var segmentList: [LanguageSegments]
  /// What each placeholder in the variants stands for.
  public var arguments: [String: ArgumentBinding]
  /// Where the unit is written, when it was loaded from a file.
  public var location: SourceLocation?

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
    (self.segmentsByLanguage, self.segmentList) = Self.segmentTables(variants)
    self.arguments = arguments
    self.location = location
  }

  private static func segmentTables(_ variants: [Language: String])
    -> ([Language: [Segment]], [LanguageSegments])
  {
    let table = variants.mapValues { segments(of: $0) }
    // Sorted, so that equal variants make equal lists whatever the dictionary's order.
    let list = table.map { LanguageSegments(language: $0.key, segments: $0.value) }
      .sorted { $0.language < $1.language }
    return (table, list)
  }

  /// The segments of one variant (see `segmentList`).
  package struct LanguageSegments: Hashable, Sendable {
    /// The variant's language.
    package var language: Language
    /// The variant split into literal text and placeholders.
    package var segments: [Segment]
  }

  /// The segments of the variant in `language`, found without hashing.
  /// - Parameter language: The language.
  /// - Returns: The segments, or `nil` when the unit has no variant in that language.
  package func segments(in language: Language) -> [Segment]? {
    for entry in segmentList where entry.language.tag == language.tag { return entry.segments }
    return nil
  }

  /// The languages the unit has a variant in, sorted by tag.
  public var languages: [Language] { variants.keys.sorted() }
}
