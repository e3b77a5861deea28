import SalinCore
import Yams

/// Turns a composed YAML document into a `Briefing`, top-level fields first.
///
/// Entities and facts are read before content whatever their order in the file, so that every
/// reference in the content is checked as it is read.
struct BriefingParser {
  let reader: YAMLReader
  var languages: [Language] = []
  var entities: [String: Entity] = [:]
  var facts = BriefingFacts()
  /// Text unit IDs seen so far, to reject duplicates.
  var unitIDs: Set<String> = []

  static let topLevelKeys: Set<String> = [
    "salin-briefing", "id", "date", "source-language", "languages", "fallbacks",
    "entities", "facts", "title", "lead", "sections", "sources",
  ]

  init(reader: YAMLReader) { self.reader = reader }

  mutating func parse(_ root: Node) throws(BriefingError) -> Briefing {
    let top = try reader.mapping(root, "briefing")
    // The version comes first: a newer file's other fields may mean something else.
    let version = try reader.int(
      try reader.required("salin-briefing", in: top, of: root, ""), "salin-briefing")
    guard BriefingMetadata.supportedSchemaVersions.contains(version) else {
      throw reader.fail(.unsupportedSchemaVersion(version), at: top["salin-briefing"])
    }
    try reader.checkKeys(top, allowed: Self.topLevelKeys, "")
    let metadata = try parseMetadata(top, root: root, version: version)
    languages = metadata.languages
    if let node = top["entities"] { try parseEntities(node) }
    if let node = top["facts"] { facts = try parseFacts(node) }
    // Content is read on past a problem, part by part (title, lead, each section, sources), so
    // that one run reports a mistake in each; metadata, entities and facts stop at the first,
    // since the content's references are checked against them.
    var content = BriefingContent()
    var problems: [BriefingError] = []
    if let node = top["title"] {
      do { content.title = try runs(node, "title") } catch { problems.append(error) }
    }
    if let node = top["lead"] {
      do { content.lead = try blocks(node, "lead") } catch { problems.append(error) }
    }
    if let node = top["sections"] {
      do {
        for (index, item) in try reader.sequence(node, "sections").enumerated() {
          do {
            content.sections.append(try section(item, "sections[\(index)]"))
          } catch {
            problems.append(error)
          }
        }
      } catch {
        problems.append(error)
      }
    }
    if let node = top["sources"] {
      do {
        content.sources = try reader.sequence(node, "sources").enumerated().map {
          (index, item) throws(BriefingError) in
          try reader.string(item, "sources[\(index)]")
        }
      } catch {
        problems.append(error)
      }
    }
    if let first = problems.first { throw first.adding(problems.dropFirst()) }
    return Briefing(metadata: metadata, entities: entities, facts: facts, content: content)
  }

  private func parseMetadata(_ top: Node.Mapping, root: Node, version: Int) throws(BriefingError)
    -> BriefingMetadata
  {
    let idNode = try reader.required("id", in: top, of: root, "")
    let id = try reader.string(idNode, "id")
    guard BriefingMetadata.isValidID(id) else {
      throw reader.fail(
        .invalidValue(
          field: "id", value: id,
          expected:
            "letters, digits, '-', '_' and '.', starting with a letter or digit, at most "
            + "\(BriefingMetadata.maximumIDLength) characters (it names the rendered files)"),
        at: idNode)
    }
    let source = try language(
      try reader.required("source-language", in: top, of: root, ""), "source-language")
    var languages = [source]
    if let node = top["languages"] {
      for (index, item) in try reader.sequence(node, "languages").enumerated() {
        let language = try language(item, "languages[\(index)]")
        if !languages.contains(language) { languages.append(language) }
      }
    }
    var fallbacks: [Language: [Language]] = [:]
    if let node = top["fallbacks"] {
      for (name, key, value) in try reader.entries(
        try reader.mapping(node, "fallbacks"), "fallbacks")
      {
        let from = try language(key, "fallbacks")
        fallbacks[from] = try reader.sequence(value, "fallbacks.\(name)").map {
          item throws(BriefingError) in
          try language(item, "fallbacks.\(name)")
        }
      }
    }
    let date = try top["date"].map { node throws(BriefingError) in try reader.date(node, "date") }
    return BriefingMetadata(
      schemaVersion: version, id: id, date: date, sourceLanguage: source, languages: languages,
      fallbacks: fallbacks)
  }

  /// A well-formed BCP 47 language tag (see `Language.isWellFormed(_:)`).
  func language(_ node: Node, _ field: String) throws(BriefingError) -> Language {
    let tag = try reader.string(node, field)
    guard let language = try? Language(validating: tag) else {
      throw reader.fail(
        .invalidValue(field: field, value: tag, expected: "a language tag such as en, tl or ko"),
        at: node)
    }
    return language
  }
}
