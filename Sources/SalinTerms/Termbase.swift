public import SalinCore

/// A project's termbase: concepts, each with its terms per language — the preferred term,
/// admitted variants and forbidden ones — and a note and a source.
///
/// Read from TBX (ISO 30042, TBX-Basic or TBX-Min) or Salin's compact YAML form
/// (`Termbase.load(contentsOf:)`); written to either.
public struct Termbase: Hashable, Sendable {
  /// The concepts, in file order.
  public var concepts: [Concept]

  /// Makes a termbase.
  /// - Parameter concepts: The concepts.
  public init(concepts: [Concept] = []) { self.concepts = concepts }

  /// Every language some concept has terms in, sorted by tag.
  public var languages: [Language] {
    Set(concepts.flatMap { $0.terms.keys }).sorted { $0.tag < $1.tag }
  }
}

/// One concept: what the terms in each language name.
public struct Concept: Hashable, Sendable {
  /// The concept's ID, unique in its termbase.
  public var id: String
  /// A note for translators and reviewers (a definition, or why a term is forbidden).
  public var note: String?
  /// Where the terms come from (a style guide, an agency's usage).
  public var source: String?
  /// The terms per language.
  public var terms: [Language: [Term]]
  /// Where the concept is written, when read from a file.
  public var location: SourceLocation?

  /// Makes a concept.
  /// - Parameters:
  ///   - id: The ID.
  ///   - note: A note.
  ///   - source: Where the terms come from.
  ///   - terms: The terms per language.
  ///   - location: Where it is written.
  public init(
    id: String, note: String? = nil, source: String? = nil, terms: [Language: [Term]] = [:],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.note = note
    self.source = source
    self.terms = terms
    self.location = location
  }

  /// The preferred term in a language: the first term marked preferred, else the first admitted.
  /// - Parameter language: The language.
  /// - Returns: The term's text, or `nil` when the concept has no usable term in the language.
  public func preferred(in language: Language) -> String? {
    let terms = self.terms[language] ?? []
    return (terms.first { $0.status == .preferred } ?? terms.first { $0.status == .admitted })?.text
  }

  /// The terms of a language with a status.
  /// - Parameters:
  ///   - status: The status.
  ///   - language: The language.
  /// - Returns: Their texts.
  public func terms(_ status: TermStatus, in language: Language) -> [String] {
    (terms[language] ?? []).filter { $0.status == status }.map(\.text)
  }
}

/// A term of a concept in one language.
public struct Term: Hashable, Sendable {
  /// The term as written.
  public var text: String
  /// Whether it is the term to use, an accepted variant, or one not to use.
  public var status: TermStatus
  /// Whether it is a short form (an acronym, abbreviation or clipped name: EDSCG, DPRK, 한미),
  /// TBX's `termType`; a short form beside the full term is not two renderings of a concept.
  public var isShortForm: Bool

  /// Makes a term.
  /// - Parameters:
  ///   - text: The term.
  ///   - status: Its status.
  ///   - isShortForm: Whether it is a short form.
  public init(_ text: String, _ status: TermStatus, isShortForm: Bool = false) {
    self.text = text
    self.status = status
    self.isShortForm = isShortForm
  }
}

/// A term's status, TBX's `administrativeStatus`.
public enum TermStatus: String, Hashable, Sendable, CaseIterable {
  /// The term to use (`preferredTerm-admn-sts`).
  case preferred
  /// An accepted variant (`admittedTerm-admn-sts`).
  case admitted
  /// A term not to use (`deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`).
  case forbidden
}
