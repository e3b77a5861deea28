/// Someone or something a briefing talks about: a country, a person or an organisation.
///
/// Names are kept per locale because transliteration and name order are the translator's
/// decision (보니 젠킨스); country names come from ICU's region display names instead.
public struct Entity: Hashable, Sendable {
  /// The entity's ID, unique in its briefing.
  public var id: String
  /// What the entity is, with the data of that kind.
  public var kind: Kind
  /// Where the entity is defined, when loaded from a file.
  public var location: SourceLocation?

  /// Makes an entity.
  /// - Parameters:
  ///   - id: The entity's ID.
  ///   - kind: What it is.
  ///   - location: Where it is defined.
  public init(id: String, kind: Kind, location: SourceLocation? = nil) {
    self.id = id
    self.kind = kind
    self.location = location
  }

  /// The kinds of entity, each with its own data.
  public enum Kind: Hashable, Sendable {
    /// A country, by its ISO 3166 region code (`US`, `KR`, `KP`).
    case country(regionCode: String)
    /// A person: their name per locale and a role key whose title the catalog supplies.
    case person(names: [Language: String], role: LabelKey?)
    /// An organisation: its name and acronym per locale.
    case organisation(names: [Language: String], acronyms: [Language: String])

    /// The kind's name as written in a briefing (`country`, `person`, `organisation`).
    public var name: String {
      switch self {
      case .country: "country"
      case .person: "person"
      case .organisation: "organisation"
      }
    }
  }

  /// Every spelling of the entity's names and acronyms, in every locale, sorted.
  ///
  /// Scanners use this to tell a proper name from a word in the wrong language.
  public var spellings: [String] {
    switch kind {
    case .country(let code): [code]
    case .person(let names, _): Array(Set(names.values)).sorted()
    case .organisation(let names, let acronyms):
      Array(Set(names.values).union(acronyms.values)).sorted()
    }
  }
}
