/// A briefing kept once, language-neutral: metadata, entities, facts and content.
///
/// Labels are catalog keys, facts are data, prose is text units with a variant per locale;
/// `SalinRender` turns it into a document in any locale the catalogs know.
public struct Briefing: Hashable, Sendable {
  /// What the briefing is.
  public var metadata: BriefingMetadata
  /// The entities, by ID.
  public var entities: [String: Entity]
  /// The facts it states.
  public var facts: BriefingFacts
  /// What it says.
  public var content: BriefingContent

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
}
