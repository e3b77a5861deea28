package import SalinCore

/// A briefing's content laid out for rendering: flat tables of small values that a render walks
/// by index, made once per briefing value (see `Briefing.layout`, kept in the value's
/// `derived` slot) and shared by every render.
///
/// The value model (`Section`, `Block`, `Inline`, `TextUnit`) is made for reading, writing and
/// editing; walking it copies each text unit out with its six reference-counted fields, and
/// resolves every entity, fact and placeholder by hashing a string. Here every reference is
/// resolved when the layout is made: a placeholder names its binding's index, a binding its
/// entity reference, fact or message by index, and all text sits in `strings`. A render then
/// retains only the strings it puts into spans. What cannot be resolved (an unknown entity,
/// fact or placeholder) is kept as such and fails the render that reaches it, with the same
/// error rendering the value model gave.
///
/// `Sendable` notes: immutable after `init`, and every stored table holds `Sendable` values.
package final class BriefingLayout: Sendable {
  /// What a render does, in reading order.
  let steps: [Step]
  /// The text units.
  let units: [Unit]
  /// Every unit's variants, each unit's contiguous.
  let variants: [Variant]
  /// Every variant's segments, each variant's contiguous.
  let segments: [Segment]
  /// What the placeholders and message arguments stand for.
  let bindings: [Binding]
  /// The catalog messages and labels: content runs, table headers, nested messages, role titles.
  let messages: [Message]
  /// Every message's named arguments, each message's contiguous.
  let arguments: [Argument]
  /// The entity references of bindings and facts.
  let references: [Reference]
  /// The entities references resolved to.
  let entities: [EntityEntry]
  /// The facts bindings name, resolved against the briefing's facts.
  let facts: [Fact]
  /// Names written per language (people, organisations, acronyms, place and declaration names).
  let names: [Name]
  /// Sets of names with the text unit they were written as (a place, a declaration's name).
  let nameSets: [NameSet]
  /// Every text the tables refer to: literal text, IDs, keys, names, paths.
  let strings: [String]
  /// The languages of the variants and names; `Variant.language` and `Name.language` index it.
  let languages: [Language]
  /// The files locations are in; `Place.file` indexes it.
  let files: [String]
  /// The sources, as proper names, in `strings`.
  let sources: Range<Int32>
  /// The `sources.line` message of the sources line, or -1 when there are no sources.
  let sourcesLabel: Int32
  /// The fallback chain of each language the briefing is translated into, made once.
  private let chains: [Chain]

  /// Lays a briefing out.
  /// - Parameter briefing: The briefing.
  package init(_ briefing: Briefing) {
    var builder = Builder(briefing)
    builder.addContent()
    steps = builder.steps
    units = builder.units
    variants = builder.variants
    segments = builder.segments
    bindings = builder.bindings
    messages = builder.messages
    arguments = builder.arguments
    references = builder.references
    entities = builder.entities
    facts = builder.facts
    names = builder.names
    nameSets = builder.nameSets
    strings = builder.strings
    languages = builder.languages
    files = builder.files
    sources = builder.sources
    sourcesLabel = builder.sourcesLabel
    let languages = builder.languages
    chains = briefing.metadata.languages.map {
      Chain(briefing.metadata.fallbackChain(for: $0), languages: languages)
    }
    metadata = briefing.metadata
  }

  /// The metadata the chains come from, for a locale the briefing is not translated into.
  private let metadata: BriefingMetadata

  /// The fallback chain a render of `locale` follows (`BriefingMetadata.fallbackChain(for:)`).
  /// - Parameter locale: The locale rendered.
  /// - Returns: The chain, with each of the layout's languages' place in it.
  func chain(for locale: Language) -> Chain {
    for chain in chains where chain.languages[0] == locale { return chain }
    return Chain(metadata.fallbackChain(for: locale), languages: languages)
  }

  /// The location a place stands for, or `nil`.
  /// - Parameter place: A place in this layout.
  /// - Returns: The location, with its file's name.
  func location(_ place: Place) -> SourceLocation? {
    place.file < 0 ? nil : SourceLocation(file: files[Int(place.file)], position: place.position)
  }
}

extension BriefingLayout {
  /// A locale's fallback chain, and where the layout's languages sit in it.
  struct Chain: Sendable {
    /// The locale first, then the languages to fall back on.
    let languages: [Language]
    /// For each of the layout's `languages`, its index in the chain (its fallback step), or -1
    /// when the chain does not have it: choosing a variant or a name compares small numbers.
    let steps: [Int]

    init(_ chain: [Language], languages: [Language]) {
      self.languages = chain
      steps = languages.map { chain.firstIndex(of: $0) ?? -1 }
    }
  }

  /// One thing a render does.
  enum Step: Equatable, Sendable {
    /// Append the text unit `units[index]`.
    case text(Int32)
    /// Append the label or message `messages[index]`.
    case message(Int32)
    /// End a cell (a list item's or table cell's runs).
    case endCell
    /// End a row of cells.
    case endRow
    /// End a block of one row of one cell.
    case endSingleCellBlock(RenderedStorage.BlockKind)
    /// End a block of rows.
    case endBlock(RenderedStorage.BlockKind)
    /// Append the sources line.
    case sourcesLine
  }

  /// Where something is written: a file of `files` (or -1 for nowhere) and a position.
  struct Place: Sendable {
    /// The index of the file in `files`, or -1 when the source has no location.
    var file: Int32
    /// The position in the file.
    var position: SourcePosition
  }

  /// A text unit.
  struct Unit: Sendable {
    /// The unit's ID, in `strings`.
    var id: Int32
    /// Where the unit is written.
    var place: Place
    /// Its variants, in `variants`.
    var variants: Range<Int32>
  }

  /// A variant of a text unit, split into segments.
  struct Variant: Sendable {
    /// The variant's language, in `languages`.
    var language: Int32
    /// Its segments, in `segments`.
    var segments: Range<Int32>
    /// Whether the translation was made from an older source text (`TextUnit.isStale`).
    var isStale = false
  }

  /// A piece of a variant.
  enum Segment: Sendable {
    /// Literal text, in `strings`.
    case literal(Int32)
    /// A placeholder (its name in `strings`) and what it stands for, in `bindings`.
    case placeholder(name: Int32, binding: Int32)
    /// A placeholder (its name in `strings`) the unit does not bind.
    case unbound(name: Int32)
  }

  /// What a placeholder or message argument stands for (see `ArgumentBinding`).
  enum Binding: Sendable {
    /// A fact, in `facts`.
    case fact(Int32)
    /// One entity's name, by its reference in `references`.
    case entity(Int32)
    /// Several entities' names, by their references in `references`.
    case entities(Range<Int32>)
    /// A nested message, in `messages`.
    case message(Int32)
    /// A literal number.
    case number(Double)
  }

  /// A catalog message or label, with its arguments.
  struct Message: Sendable {
    /// The catalog key, in `strings`.
    var key: Int32
    /// Where the key is written.
    var place: Place
    /// Its named arguments, in `arguments`.
    var arguments: Range<Int32>
  }

  /// A message's named argument.
  struct Argument: Sendable {
    /// The argument's name, in `strings`.
    var name: Int32
    /// What it stands for, in `bindings`.
    var binding: Int32
  }

  /// A reference to an entity, in a form.
  struct Reference: Sendable {
    /// The entity, in `entities`, or -1 when the briefing has no entity of that ID.
    var entity: Int32
    /// The ID the reference names, in `strings`.
    var id: Int32
    /// Which name to render.
    var form: EntityNameForm
    /// Where the reference is written.
    var place: Place
  }

  /// An entity with its names.
  struct EntityEntry: Sendable {
    /// The entity's ID, in `strings`.
    var id: Int32
    /// What it is.
    var kind: Kind

    /// An entity's kind and names (see `Entity.Kind`).
    enum Kind: Sendable {
      /// A country: its region code, in `strings`.
      case country(code: Int32)
      /// A person: names in `names`, and the role title's message in `messages` or -1.
      case person(names: Range<Int32>, role: Int32)
      /// An organisation: names and acronyms in `names`.
      case organisation(names: Range<Int32>, acronyms: Range<Int32>)
    }
  }

  /// A fact a binding names, resolved.
  struct Fact: Sendable {
    /// The fact's value.
    var value: Value
    /// The path as written, in `strings`.
    var path: Int32
    /// Where the path is written.
    var place: Place

    /// A fact's value (see `ArgumentBinding.fact`).
    enum Value: Sendable {
      /// A number (a session, a year).
      case number(Double)
      /// A date.
      case date(PartialDate)
      /// An entity's name, by its reference in `references`.
      case entity(Int32)
      /// A name written per language, in `nameSets`.
      case text(Int32)
      /// No such fact in the briefing.
      case unresolved
    }
  }

  /// A name in one language.
  struct Name: Sendable {
    /// The language, in `languages`.
    var language: Int32
    /// The name, in `strings`.
    var text: Int32
  }

  /// Names per language written as a text unit (a place, a declaration's name).
  struct NameSet: Sendable {
    /// The unit's ID, in `strings`.
    var id: Int32
    /// Where the unit is written.
    var place: Place
    /// The names, in `names`.
    var names: Range<Int32>
  }
}
