/// What a message argument or a text unit placeholder stands for.
public indirect enum ArgumentBinding: Hashable, Sendable {
  /// A fact, by path: `meeting.session`, `meeting.series`, `meeting.place`, `meeting.date`,
  /// `declarations.<id>.name`, `declarations.<id>.date`, `next-meeting.year`.
  case fact(FactPath)
  /// One entity's name in the rendered locale, in the given form.
  case entity(EntityReference)
  /// Several entities' names, as a list argument.
  case entities([EntityReference])
  /// A nested catalog message, rendered first.
  case message(MessageReference)
  /// A literal number. Facts are preferred; this is for counts that belong to the prose.
  case number(Double)
}

/// A path to a fact (`meeting.session`), with where it is written.
public struct FactPath: Hashable, Sendable, CustomStringConvertible {
  /// The dotted path.
  public var path: String {
    didSet { components = Self.split(path) }
  }
  /// The path's components, split once when the path is set.
  public private(set) var components: [String]
  /// Where the path is written, when loaded from a file.
  public var location: SourceLocation?

  /// Makes a path.
  /// - Parameters:
  ///   - path: The dotted path.
  ///   - location: Where it is written.
  public init(_ path: String, location: SourceLocation? = nil) {
    self.path = path
    self.components = Self.split(path)
    self.location = location
  }

  private static func split(_ path: String) -> [String] {
    path.split(separator: ".").map(String.init)
  }

  /// The dotted path.
  public var description: String { path }
}

/// A reference to an entity by ID, and which of its names to use.
public struct EntityReference: Hashable, Sendable {
  /// The entity's ID.
  public var id: String
  /// Which name to render.
  public var form: EntityNameForm
  /// Where the reference is written, when loaded from a file.
  public var location: SourceLocation?

  /// Makes a reference.
  /// - Parameters:
  ///   - id: The entity's ID.
  ///   - form: Which name to render.
  ///   - location: Where the reference is written.
  public init(id: String, form: EntityNameForm = .name, location: SourceLocation? = nil) {
    self.id = id
    self.form = form
    self.location = location
  }
}

/// Which of an entity's names a reference renders.
public enum EntityNameForm: String, Hashable, Sendable, CaseIterable {
  /// The name (a person's name, an organisation's full name, a country's region name).
  case name
  /// The organisation's acronym in the locale.
  case acronym
  /// A person's name with their role title, in the locale's order (`person.with-role`).
  case titled
}
