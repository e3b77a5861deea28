import SalinCore
import Yams

extension BriefingParser {
  /// `message: key` with optional `with:` bindings.
  mutating func message(_ node: Node, _ field: String) throws(BriefingError) -> MessageReference {
    let mapping = try reader.mapping(node, field)
    try reader.checkKeys(mapping, allowed: ["message", "with"], field)
    let keyNode = try reader.required("message", in: mapping, of: node, field)
    let key = LabelKey(
      try reader.string(keyNode, "\(field).message"), location: reader.location(keyNode))
    let arguments = try mapping["with"].map { node throws(BriefingError) in
      try bindings(node, "\(field).with")
    }
    return MessageReference(key: key, arguments: arguments ?? [:])
  }

  /// `with:` — argument name to binding.
  mutating func bindings(_ node: Node, _ field: String) throws(BriefingError) -> [String:
    ArgumentBinding]
  {
    var result: [String: ArgumentBinding] = [:]
    for (name, _, value) in try reader.entries(try reader.mapping(node, field), field) {
      result[name] = try binding(value, "\(field).\(name)")
    }
    return result
  }

  /// One binding: a number, `{fact: path}`, `{entity: id, form: …}`, `{entities: [ids], form: …}`
  /// or `{message: key, with: …}`.
  mutating func binding(_ node: Node, _ field: String) throws(BriefingError) -> ArgumentBinding {
    if let scalar = node.scalar {
      guard let number = Double(scalar.string) else {
        throw reader.fail(
          .wrongType(
            field: field,
            expected: "a number, {fact: …}, {entity: …}, {entities: […]} or {message: …}"), at: node
        )
      }
      return .number(number)
    }
    let mapping = try reader.mapping(node, field)
    if mapping["message"] != nil { return .message(try message(node, field)) }
    if let path = mapping["fact"] {
      try reader.checkKeys(mapping, allowed: ["fact"], field)
      return .fact(try factPath(path, "\(field).fact"))
    }
    let form = try nameForm(mapping, field)
    if let id = mapping["entity"] {
      try reader.checkKeys(mapping, allowed: ["entity", "form"], field)
      return .entity(try reference(id, form: form, "\(field).entity"))
    }
    if let list = mapping["entities"] {
      try reader.checkKeys(mapping, allowed: ["entities", "form"], field)
      var references: [EntityReference] = []
      for (index, item) in try reader.sequence(list, "\(field).entities").enumerated() {
        references.append(try reference(item, form: form, "\(field).entities[\(index)]"))
      }
      return .entities(references)
    }
    throw reader.fail(.missingField("\(field).fact, .entity, .entities or .message"), at: node)
  }

  private func nameForm(_ mapping: Node.Mapping, _ field: String) throws(BriefingError)
    -> EntityNameForm
  {
    guard let node = mapping["form"] else { return .name }
    let text = try reader.string(node, "\(field).form")
    guard let form = EntityNameForm(rawValue: text) else {
      let forms = EntityNameForm.allCases.map(\.rawValue).joined(separator: ", ")
      throw reader.fail(
        .invalidValue(field: "\(field).form", value: text, expected: "one of \(forms)"), at: node)
    }
    return form
  }

  private func reference(_ node: Node, form: EntityNameForm, _ field: String) throws(BriefingError)
    -> EntityReference
  {
    let id = try reader.string(node, field)
    let expected: String? =
      switch form {
      case .name: nil
      case .acronym: "organisation"
      case .titled: "person"
      }
    var reference = try entity(id, kind: expected, at: node)
    reference.form = form
    if form == .acronym, case .organisation(_, let acronyms)? = entities[id]?.kind, acronyms.isEmpty
    {
      throw reader.fail(.missingField("entities.\(id).acronym"), at: node)
    }
    if form == .titled, case .person(_, nil)? = entities[id]?.kind {
      throw reader.fail(.missingField("entities.\(id).role"), at: node)
    }
    return reference
  }
}
