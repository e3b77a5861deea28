/// A briefing kept once, language-neutral: metadata, entities, facts and content.
///
/// Labels are catalog keys, facts are data, prose is text units with a variant per locale;
/// `SalinRender` turns it into a document in any locale the catalogs know.
public struct Briefing: Hashable, Sendable {
  /// What the briefing is.
  public var metadata: BriefingMetadata {
    didSet { cacheSlot = BriefingCacheSlot() }
  }
  /// The entities, by ID.
  public var entities: [String: Entity] {
    didSet { cacheSlot = BriefingCacheSlot() }
  }
  /// The facts it states.
  public var facts: BriefingFacts {
    didSet { cacheSlot = BriefingCacheSlot() }
  }
  /// What it says.
  public var content: BriefingContent {
    didSet { cacheSlot = BriefingCacheSlot() }
  }
  /// What a layer above derives from this value once (SalinRender's layout), shared by its
  /// copies; replaced (empty) whenever a field changes, so it always describes this value.
  private var cacheSlot = BriefingCacheSlot()

  /// Makes a briefing.
  /// - Parameters:
  ///   - metadata: What it is.
  ///   - entities: Entities by ID.
  ///   - facts: Its facts.
  ///   - content: Its content.
  public init(
    metadata: BriefingMetadata, entities: [String: Entity] = [:], facts: BriefingFacts = .init(),
    content: BriefingContent = .init()
  ) {
    self.metadata = metadata
    self.entities = entities
    self.facts = facts
    self.content = content
  }

  /// The slot where a layer above keeps what it derives from this value once.
  package var derived: BriefingCacheSlot { cacheSlot }

  /// Whether two briefings have the same metadata, entities, facts and content.
  public static func == (lhs: Briefing, rhs: Briefing) -> Bool {
    lhs.metadata == rhs.metadata && lhs.entities == rhs.entities && lhs.facts == rhs.facts
      && lhs.content == rhs.content
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(metadata)
    hasher.combine(entities)
    hasher.combine(facts)
    hasher.combine(content)
  }
}
