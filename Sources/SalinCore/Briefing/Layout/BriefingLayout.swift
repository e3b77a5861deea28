/// A briefing's content laid out for rendering: flat tables of small values that a render walks
/// by index, made once per briefing value (see `Briefing.layout`) and shared by every render.
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
  package let steps: [Step]
  /// The text units.
  package let units: [Unit]
  /// Every unit's variants, each unit's contiguous.
  package let variants: [Variant]
  /// Every variant's segments, each variant's contiguous.
  package let segments: [Segment]
  /// What the placeholders and message arguments stand for.
  package let bindings: [Binding]
  /// The catalog messages and labels: content runs, table headers, nested messages, role titles.
  package let messages: [Message]
  /// Every message's named arguments, each message's contiguous.
  package let arguments: [Argument]
  /// The entity references of bindings and facts.
  package let references: [Reference]
  /// The entities references resolved to.
  package let entities: [EntityEntry]
  /// The facts bindings name, resolved against the briefing's facts.
  package let facts: [Fact]
  /// Names written per language (people, organisations, acronyms, place and declaration names).
  package let names: [Name]
  /// Sets of names with the text unit they were written as (a place, a declaration's name).
  package let nameSets: [NameSet]
  /// Every text the tables refer to: literal text, IDs, keys, names, paths.
  package let strings: [String]
  /// The languages of the variants and names; `Variant.language` and `Name.language` index it.
  package let languages: [Language]
  /// The files locations are in; `Place.file` indexes it.
  package let files: [String]
  /// The sources, as proper names, in `strings`.
  package let sources: Range<Int32>
  /// The `sources.line` message of the sources line, or -1 when there are no sources.
  package let sourcesLabel: Int32
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
  package func chain(for locale: Language) -> Chain {
    for chain in chains where chain.languages[0] == locale { return chain }
    return Chain(metadata.fallbackChain(for: locale), languages: languages)
  }

  /// The location a place stands for, or `nil`.
  /// - Parameter place: A place in this layout.
  /// - Returns: The location, with its file's name.
  package func location(_ place: Place) -> SourceLocation? {
    place.file < 0 ? nil : SourceLocation(file: files[Int(place.file)], position: place.position)
  }
}

extension BriefingLayout {
  /// A locale's fallback chain, and where the layout's languages sit in it.
  package struct Chain: Sendable {
    /// The locale first, then the languages to fall back on.
    package let languages: [Language]
    /// For each of the layout's `languages`, its index in the chain (its fallback step), or -1
    /// when the chain does not have it: choosing a variant or a name compares small numbers.
    package let steps: [Int]

    init(_ chain: [Language], languages: [Language]) {
      self.languages = chain
      steps = languages.map { chain.firstIndex(of: $0) ?? -1 }
    }
  }

  /// One thing a render does.
  package enum Step: Equatable, Sendable {
    /// Append the text unit `units[index]`.
    case text(Int32)
    /// Append the label or message `messages[index]`.
    case message(Int32)
    /// End a cell (a list item's or table cell's runs).
    case endCell
    /// End a row of cells.
    case endRow
    /// End a block of one row of one cell.
    case endSingleCellBlock(BlockKind)
    /// End a block of rows.
    case endBlock(BlockKind)
    /// Append the sources line.
    case sourcesLine
  }

  /// What a block is; its rows and cells as a rendered document lays them out.
  package enum BlockKind: UInt8, Sendable {
    /// The title.
    case title
    /// A section heading.
    case heading
    /// A paragraph.
    case paragraph
    /// A bullet list: one row of one cell per item.
    case bulletList
    /// A table: the header row, then the body rows.
    case table
    /// The sources line.
    case sources
  }

  /// Where something is written: a file of `files` (or -1 for nowhere) and a position.
  package struct Place: Sendable {
    /// The index of the file in `files`, or -1 when the source has no location.
    package var file: Int32
    /// The position in the file.
    package var position: SourcePosition
  }

  /// A text unit.
  package struct Unit: Sendable {
    /// The unit's ID, in `strings`.
    package var id: Int32
    /// Where the unit is written.
    package var place: Place
    /// Its variants, in `variants`.
    package var variants: Range<Int32>
  }

  /// A variant of a text unit, split into segments.
  package struct Variant: Sendable {
    /// The variant's language, in `languages`.
    package var language: Int32
    /// Its segments, in `segments`.
    package var segments: Range<Int32>
  }

  /// A piece of a variant.
  package enum Segment: Sendable {
    /// Literal text, in `strings`.
    case literal(Int32)
    /// A placeholder (its name in `strings`) and what it stands for, in `bindings`.
    case placeholder(name: Int32, binding: Int32)
    /// A placeholder (its name in `strings`) the unit does not bind.
    case unbound(name: Int32)
  }

  /// What a placeholder or message argument stands for (see `ArgumentBinding`).
  package enum Binding: Sendable {
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
  package struct Message: Sendable {
    /// The catalog key, in `strings`.
    package var key: Int32
    /// Where the key is written.
    package var place: Place
    /// Its named arguments, in `arguments`.
    package var arguments: Range<Int32>
  }

  /// A message's named argument.
  package struct Argument: Sendable {
    /// The argument's name, in `strings`.
    package var name: Int32
    /// What it stands for, in `bindings`.
    package var binding: Int32
  }

  /// A reference to an entity, in a form.
  package struct Reference: Sendable {
    /// The entity, in `entities`, or -1 when the briefing has no entity of that ID.
    package var entity: Int32
    /// The ID the reference names, in `strings`.
    package var id: Int32
    /// Which name to render.
    package var form: EntityNameForm
    /// Where the reference is written.
    package var place: Place
  }

  /// An entity with its names.
  package struct EntityEntry: Sendable {
    /// The entity's ID, in `strings`.
    package var id: Int32
    /// What it is.
    package var kind: Kind

    /// An entity's kind and names (see `Entity.Kind`).
    package enum Kind: Sendable {
      /// A country: its region code, in `strings`.
      case country(code: Int32)
      /// A person: names in `names`, and the role title's message in `messages` or -1.
      case person(names: Range<Int32>, role: Int32)
      /// An organisation: names and acronyms in `names`.
      case organisation(names: Range<Int32>, acronyms: Range<Int32>)
    }
  }

  /// A fact a binding names, resolved.
  package struct Fact: Sendable {
    /// The fact's value.
    package var value: Value
    /// The path as written, in `strings`.
    package var path: Int32
    /// Where the path is written.
    package var place: Place

    /// A fact's value (see `ArgumentBinding.fact`).
    package enum Value: Sendable {
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
  package struct Name: Sendable {
    /// The language, in `languages`.
    package var language: Int32
    /// The name, in `strings`.
    package var text: Int32
  }

  /// Names per language written as a text unit (a place, a declaration's name).
  package struct NameSet: Sendable {
    /// The unit's ID, in `strings`.
    package var id: Int32
    /// Where the unit is written.
    package var place: Place
    /// The names, in `names`.
    package var names: Range<Int32>
  }
}
