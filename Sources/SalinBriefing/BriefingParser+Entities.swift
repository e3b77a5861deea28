import SalinCore
import Yams

extension BriefingParser {
  /// `entities:` — a mapping from ID to `{country: XX}`, `{person: names, role: key}` or
  /// `{organisation: names, acronym: names}`.
  mutating func parseEntities(_ node: Node) throws(BriefingError) {
    for (id, _, value) in try reader.entries(try reader.mapping(node, "entities"), "entities") {
      let field = "entities.\(id)"
      let mapping = try reader.mapping(value, field)
      let kind: Entity.Kind
      if let code = mapping["country"] {
        try reader.checkKeys(mapping, allowed: ["country"], field)
        let region = try reader.string(code, "\(field).country")
        guard region.count == 2, region.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
          throw reader.fail(
            .invalidValue(
              field: "\(field).country", value: region,
              expected: "an ISO 3166 region code such as US"), at: code)
        }
        kind = .country(regionCode: region)
      } else if let names = mapping["person"] {
        try reader.checkKeys(mapping, allowed: ["person", "role"], field)
        let role = try mapping["role"].map { node throws(BriefingError) in
          LabelKey(try reader.string(node, "\(field).role"), location: reader.location(node))
        }
        kind = .person(names: try localized(names, "\(field).person"), role: role)
      } else if let names = mapping["organisation"] {
        try reader.checkKeys(mapping, allowed: ["organisation", "acronym"], field)
        let acronyms = try mapping["acronym"].map { node throws(BriefingError) in
          try localized(node, "\(field).acronym")
        }
        kind = .organisation(
          names: try localized(names, "\(field).organisation"), acronyms: acronyms ?? [:])
      } else {
        throw reader.fail(.missingField("\(field).country, .person or .organisation"), at: value)
      }
      entities[id] = Entity(id: id, kind: kind, location: reader.location(value))
    }
  }

  /// A mapping from language tag to text, for names.
  func localized(_ node: Node, _ field: String) throws(BriefingError) -> [Language: String] {
    var result: [Language: String] = [:]
    for (tag, key, value) in try reader.entries(try reader.mapping(node, field), field) {
      result[try declaredLanguage(tag, at: key, field)] = try reader.string(
        value, "\(field).\(tag)")
    }
    if result.isEmpty { throw reader.fail(.missingField("\(field).<language>"), at: node) }
    return result
  }

  /// A language tag used as a variant key: it must be one the briefing declares.
  func declaredLanguage(_ tag: String, at node: Node, _ field: String) throws(BriefingError)
    -> Language
  {
    guard let language = try? Language(validating: tag), languages.contains(language) else {
      let known = languages.map(\.tag).joined(separator: ", ")
      throw reader.fail(
        .invalidValue(
          field: "language in \(field)", value: tag,
          expected: "one of the briefing's languages (\(known))"),
        at: node)
    }
    return language
  }

  /// Checks that `id` names an entity of the expected kind (`nil`: any kind).
  func entity(_ id: String, kind expected: String?, at node: Node) throws(BriefingError)
    -> EntityReference
  {
    guard let entity = entities[id] else { throw reader.fail(.unknownEntity(id), at: node) }
    if let expected, entity.kind.name != expected {
      throw reader.fail(
        .wrongEntityKind(id: id, expected: expected, found: entity.kind.name), at: node)
    }
    return EntityReference(id: id, location: reader.location(node))
  }
}
