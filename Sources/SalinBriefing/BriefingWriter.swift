public import SalinCore
import Yams

/// Writes a briefing as YAML in the format `BriefingLoader` reads: the loader's inverse.
///
/// It hands the briefing part by part to a ``BriefingStreamWriter``, which writes a briefing
/// that is still being made the same way (`salin import`), so both give the same bytes.
///
/// The output is deterministic — fields in the order the format documentation uses, entities,
/// declarations and arguments sorted by ID, variants in the briefing's language order — so that
/// writing the same briefing twice gives the same bytes and a diff shows only what changed.
/// Strings are quoted by the YAML emitter wherever plain style would change their meaning
/// (leading spaces, `: `, `#`, or a value YAML would read as a number, boolean or null).
public struct BriefingWriter: Sendable {
  /// A comment written above the document (each line prefixed with `# `), or `nil`.
  public var headerComment: String?

  /// Makes a writer.
  /// - Parameter headerComment: Lines to put above the YAML as comments.
  public init(headerComment: String? = nil) {
    self.headerComment = headerComment
  }

  /// Writes a briefing.
  /// - Parameter briefing: The briefing.
  /// - Returns: The YAML text, ending in a newline.
  /// - Throws: `BriefingError` (at line 1 of `<output>`) if the YAML emitter fails, which only
  ///   happens for text that YAML cannot hold (such as unpaired surrogates).
  public func write(_ briefing: Briefing) throws(BriefingError) -> String {
    var yaml = ""
    var writer = BriefingStreamWriter(headerComment: headerComment)
    try briefing.forEachPart { (part) throws(BriefingError) in try writer.write(part, to: &yaml) }
    try writer.finish(to: &yaml)
    return yaml
  }
}

/// Builds the Yams node tree of a briefing, one function per part of the format.
struct BriefingNodes {
  /// The briefing's languages, in the order variants are written.
  let languages: [Language]
  /// The one constructor every node's tag shares.
  ///
  /// `Tag.implicit` (Yams' default for a node) makes a `Constructor.default`, whose three maps
  /// are dictionaries built afresh for each tag: about 1 KB per node, 71 of the 79 MB heap peak
  /// of `salin import` on a 1 MB article. A tag itself cannot be shared (resolving it sets its
  /// name), its constructor can (immutable).
  let constructor = Constructor.default

  /// A new implicit tag with the shared constructor.
  func tag() -> Tag { Tag(.implicit, .default, constructor) }

  /// The briefing's mapping up to its title: metadata, entities, facts and title (the lead,
  /// sections and sources follow, written one part at a time by `BriefingWriter.write`).
  func head(_ briefing: Briefing) -> Node {
    let metadata = briefing.metadata
    var pairs: [(String, Node)] = [
      ("salin-briefing", Node(String(metadata.schemaVersion), tag())),
      ("id", string(metadata.id)),
    ]
    if let date = metadata.date { pairs.append(("date", string(date.description))) }
    pairs.append(("source-language", string(metadata.sourceLanguage.tag)))
    pairs.append(("languages", flowList(metadata.languages.map(\.tag))))
    let fallbacks = ordered(Array(metadata.fallbacks.keys)).compactMap { language in
      metadata.fallbacks[language].map { (language.tag, flowList($0.map(\.tag))) }
    }
    if !fallbacks.isEmpty { pairs.append(("fallbacks", mapping(fallbacks))) }
    if !briefing.entities.isEmpty {
      pairs.append(
        (
          "entities",
          mapping(briefing.entities.values.sorted { $0.id < $1.id }.map { ($0.id, entity($0)) })
        ))
    }
    if let facts = facts(briefing.facts) { pairs.append(("facts", facts)) }
    let content = briefing.content
    if let title = content.title { pairs.append(("title", runs(title))) }
    return mapping(pairs)
  }

  // MARK: Entities and facts

  func entity(_ entity: Entity) -> Node {
    switch entity.kind {
    case .country(let code):
      return mapping([("country", string(code))], flow: true)
    case .person(let names, let role):
      var pairs: [(String, Node)] = [("person", localized(names))]
      if let role { pairs.append(("role", string(role.key))) }
      return mapping(pairs)
    case .organisation(let names, let acronyms):
      var pairs: [(String, Node)] = [("organisation", localized(names))]
      if !acronyms.isEmpty { pairs.append(("acronym", localized(acronyms))) }
      return mapping(pairs)
    }
  }

  func facts(_ facts: BriefingFacts) -> Node? {
    var pairs: [(String, Node)] = []
    if let meeting = facts.meeting {
      var fields: [(String, Node)] = [
        ("series", string(meeting.series.id)), ("session", Node(String(meeting.session), tag())),
      ]
      switch meeting.place {
      case .entity(let reference)?: fields.append(("place", string(reference.id)))
      case .text(let unit)?: fields.append(("place", textUnit(unit)))
      case nil: break
      }
      if let date = meeting.date { fields.append(("date", string(date.description))) }
      pairs.append(("meeting", mapping(fields)))
    }
    if !facts.declarations.isEmpty {
      let declarations = facts.declarations.sorted { $0.key < $1.key }.map { id, declaration in
        (
          id,
          mapping([
            ("name", textUnit(declaration.name)), ("date", string(declaration.date.description)),
          ])
        )
      }
      pairs.append(("declarations", mapping(declarations)))
    }
    if let next = facts.nextMeeting {
      pairs.append(("next-meeting", mapping([("year", Node(String(next.year), tag()))])))
    }
    return pairs.isEmpty ? nil : mapping(pairs)
  }

  // MARK: Scalars

  /// A string scalar, quoted when plain style would make YAML read it as something else.
  func string(_ text: String) -> Node {
    let plain = Node(text, tag())
    if Self.mayResolveToNonString(text), Resolver.default.resolveTag(of: plain) != .str {
      return Node(text, tag(), .doubleQuoted)
    }
    return plain
  }

  /// Whether a text might read as something other than a string: a cheap pre-check.
  ///
  /// It spares the resolver's regular expressions for most of a briefing's strings (prose, IDs
  /// and keys). YAML 1.1's numbers, timestamps, merge and value keys start with a
  /// digit, sign, dot, `<` or `=`; a text that starts with a letter is something else only when
  /// it is a bool or null word; and none of these forms but a timestamp holds a space.
  static func mayResolveToNonString(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    if first.properties.isAlphabetic {
      return ["yes", "no", "true", "false", "on", "off", "null", "y", "n"].contains(
        text.lowercased())
    }
    return !text.unicodeScalars.contains(" ") || ("0"..."9").contains(first)
  }

  func flowList(_ items: [String]) -> Node {
    sequence(items.map(string), flow: true)
  }

  /// Names per locale, in language order.
  func localized(_ values: [Language: String]) -> Node {
    mapping(ordered(Array(values.keys)).map { ($0.tag, string(values[$0] ?? "")) }, flow: true)
  }

  /// A mapping with string keys, in the given order.
  func mapping(_ pairs: [(String, Node)], flow: Bool = false) -> Node {
    Node(pairs.map { (string($0.0), $0.1) }, tag(), flow ? .flow : .any)
  }

  /// A sequence of nodes.
  func sequence(_ nodes: [Node], flow: Bool = false) -> Node {
    Node(nodes, tag(), flow ? .flow : .any)
  }

  /// Languages in the briefing's order, then any others by tag.
  func ordered(_ keys: [Language]) -> [Language] {
    let known = languages.filter(keys.contains)
    return known + keys.filter { !languages.contains($0) }.sorted()
  }
}
