import SalinCore
import SalinYAML
import Yams

/// Reads Yams nodes into Swift values, turning every mismatch into a `BriefingError` that
/// points at the node's line and column.
///
/// Convention: `field` is the dotted path of the value in the briefing (`facts.meeting.session`),
/// used in messages so the user can find it even without an editor that jumps to positions.
struct YAMLReader {
  /// The file name put into every location.
  let file: String
  /// The file's lines as libyaml counts them, to give each mark as an editor shows it.
  let lines: YAMLLineMap

  func location(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return location(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// The location of a YAML mark's line and column, counted as an editor counts them.
  func location(line: Int, column: Int) -> SourceLocation {
    let position = lines.editorPosition(line: line, column: column)
    return SourceLocation(file: file, line: position.line, column: position.column)
  }

  func fail(_ reason: BriefingError.Reason, at node: Node?) -> BriefingError {
    BriefingError(reason, at: location(node))
  }

  func mapping(_ node: Node, _ field: String) throws(BriefingError) -> Node.Mapping {
    guard let mapping = node.mapping else {
      throw fail(.wrongType(field: field, expected: "a mapping"), at: node)
    }
    return mapping
  }

  func sequence(_ node: Node, _ field: String) throws(BriefingError) -> [Node] {
    guard let sequence = node.sequence else {
      throw fail(.wrongType(field: field, expected: "a list"), at: node)
    }
    return Array(sequence)
  }

  func string(_ node: Node, _ field: String) throws(BriefingError) -> String {
    guard let scalar = node.scalar, !scalar.string.isEmpty else {
      throw fail(.wrongType(field: field, expected: "a non-empty string"), at: node)
    }
    return scalar.string
  }

  func int(_ node: Node, _ field: String) throws(BriefingError) -> Int {
    guard let scalar = node.scalar, let value = Int(scalar.string) else {
      throw fail(.wrongType(field: field, expected: "an integer"), at: node)
    }
    return value
  }

  func date(_ node: Node, _ field: String) throws(BriefingError) -> PartialDate {
    let text = try string(node, field)
    guard let date = PartialDate(text) else {
      throw fail(
        .invalidValue(field: field, value: text, expected: "YYYY, YYYY-MM or YYYY-MM-DD"), at: node)
    }
    return date
  }

  /// The value of a required key.
  func required(_ key: String, in mapping: Node.Mapping, of node: Node, _ field: String)
    throws(BriefingError) -> Node
  {
    guard let value = mapping[key] else {
      throw fail(.missingField(field.isEmpty ? key : "\(field).\(key)"), at: node)
    }
    return value
  }

  /// Rejects keys outside `allowed`, so that a misspelt field is an error rather than ignored.
  func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, _ field: String)
    throws(BriefingError)
  {
    for (key, _) in mapping {
      let name = key.scalar?.string ?? ""
      if !allowed.contains(name) {
        throw fail(.unknownField(field.isEmpty ? name : "\(field).\(name)"), at: key)
      }
    }
  }

  /// A mapping's entries as (key text, key node, value node), in file order.
  func entries(_ mapping: Node.Mapping, _ field: String) throws(BriefingError) -> [(
    String, Node, Node
  )] {
    var result: [(String, Node, Node)] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string, !name.isEmpty else {
        throw fail(.wrongType(field: field, expected: "a mapping with string keys"), at: key)
      }
      result.append((name, key, value))
    }
    return result
  }
}
