import SalinCatalog
public import SalinCore

/// What importing an article gives: the briefing and an account of what was mapped.
public struct ImportResult: Hashable, Sendable {
  /// The briefing: labels as keys, everything else text units in the article's language.
  public var briefing: Briefing
  /// The labels found in label positions, in article order.
  public var mappedLabels: [MappedLabel]
  /// Table headers that no catalog spells, with the keys the briefing uses for them.
  public var newLabels: [NewLabel]
  /// What could not be carried over exactly.
  public var notices: [ImportNotice]

  /// Makes a result.
  /// - Parameters:
  ///   - briefing: The briefing.
  ///   - mappedLabels: The labels mapped to keys.
  ///   - newLabels: Keys invented for unknown table headers.
  ///   - notices: What could not be carried over exactly.
  public init(
    briefing: Briefing, mappedLabels: [MappedLabel], newLabels: [NewLabel], notices: [ImportNotice]
  ) {
    self.briefing = briefing
    self.mappedLabels = mappedLabels
    self.newLabels = newLabels
    self.notices = notices
  }

  /// The mapped labels written in another language than the article's: the leaks the import fixed.
  public var foreignLabels: [MappedLabel] {
    mappedLabels.filter { $0.match.language != briefing.metadata.sourceLanguage }
  }
}
