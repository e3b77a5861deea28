/// What a briefing says: title, lead, sections and sources.
public struct BriefingContent: Hashable, Sendable {
  /// The title, if the briefing has one.
  public var title: [Inline]?
  /// The lead blocks, before the first section.
  public var lead: [Block]
  /// The sections, in order.
  public var sections: [Section]
  /// The sources, as proper names: never translated.
  public var sources: [String]

  /// Makes the content.
  /// - Parameters:
  ///   - title: The title's runs.
  ///   - lead: The lead blocks.
  ///   - sections: The sections.
  ///   - sources: The sources' names.
  public init(
    title: [Inline]? = nil, lead: [Block] = [], sections: [Section] = [], sources: [String] = []
  ) {
    self.title = title
    self.lead = lead
    self.sections = sections
    self.sources = sources
  }
}
