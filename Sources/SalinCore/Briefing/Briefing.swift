/// A briefing kept once, language-neutral: metadata, entities, facts and content.
///
/// Labels are catalog keys, facts are data, prose is text units with a variant per locale;
/// `SalinRender` turns it into a document in any locale the catalogs know.
public struct Briefing: Hashable, Sendable {
  /// What the briefing is.
  public var metadata: BriefingMetadata {
    didSet { layoutCache = BriefingLayoutCache() }
  }
  /// The entities, by ID.
  public var entities: [String: Entity] {
    didSet { layoutCache = BriefingLayoutCache() }
  }
  /// The facts it states.
  public var facts: BriefingFacts {
    didSet { layoutCache = BriefingLayoutCache() }
  }
  /// What it says.
  public var content: BriefingContent {
    didSet { layoutCache = BriefingLayoutCache() }
  }
  /// The layout renders walk, made on first use; replaced (empty) whenever a field changes, so
  /// a layout always describes the briefing it is read from.
  private var layoutCache = BriefingLayoutCache()

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

  /// The briefing laid out for rendering, made by the first caller and shared by the copies of
  /// this value (see `BriefingLayout`).
  package var layout: BriefingLayout {
    layoutCache.layout { BriefingLayout(self) }
  }

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
