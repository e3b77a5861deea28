import SalinCatalog
public import SalinCore

/// What an import did, without the briefing: what ``ArticleImporter`` returns when it hands the
/// briefing over part by part (a streamed `salin import`).
public struct ImportReport: Hashable, Sendable {
  /// The article's language: every text unit's.
  public var language: Language
  /// The labels found in label positions, in article order.
  public var mappedLabels: [MappedLabel]
  /// Table headers that no catalog spells, with the keys the briefing uses for them.
  public var newLabels: [NewLabel]
  /// What could not be carried over exactly, in article order.
  public var notices: [ImportNotice]
  /// How many sections the briefing has.
  public var sectionCount: Int
  /// How many text units the briefing's content has (its `textUnits.count`).
  public var textUnitCount: Int

  /// Makes a report.
  /// - Parameters:
  ///   - language: The article's language.
  ///   - mappedLabels: The labels mapped to keys.
  ///   - newLabels: Keys invented for unknown table headers.
  ///   - notices: What could not be carried over exactly.
  ///   - sectionCount: How many sections the briefing has.
  ///   - textUnitCount: How many text units its content has.
  public init(
    language: Language, mappedLabels: [MappedLabel], newLabels: [NewLabel],
    notices: [ImportNotice], sectionCount: Int, textUnitCount: Int
  ) {
    self.language = language
    self.mappedLabels = mappedLabels
    self.newLabels = newLabels
    self.notices = notices
    self.sectionCount = sectionCount
    self.textUnitCount = textUnitCount
  }

  /// The mapped labels written in another language than the article's: the leaks the import fixed.
  public var foreignLabels: [MappedLabel] {
    mappedLabels.filter { $0.match.language != language }
  }
}
