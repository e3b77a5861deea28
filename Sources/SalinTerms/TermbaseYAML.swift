public import SalinCore
import SalinYAML
import Yams

/// Salin's compact YAML form of a termbase.
///
/// ```yaml
/// salin-termbase: 1
/// concepts:
///   - id: missile
///     note: Philippine news keeps the English word.
///     source: PNA and GMA News usage
///     terms:
///       en: missile                       # one preferred term
///       tl: {preferred: missile, forbidden: [misil]}
///       ko: {preferred: 미사일, admitted: [유도탄]}
///   - id: edscg
///     terms:
///       en: {preferred: Extended Deterrence Strategy and Consultation Group, short: [EDSCG]}
/// ```
public enum TermbaseYAML {
  /// Reads a termbase from its YAML text.
  /// - Parameters:
  ///   - text: The YAML.
  ///   - path: The file name for error locations.
  /// - Returns: The termbase.
  /// - Throws: `TermbaseError` naming the line and column of the first problem.
  public static func read(_ text: String, path: String) throws(TermbaseError) -> Termbase {
    let reader = Reader(path: path, lines: YAMLLineMap(YAMLLoader.withoutByteOrderMark(text)))
    let root: Node?
    do {
      // The one loader: it bounds what aliases add and how deep the nesting goes.
      root = try YAMLLoader.compose(text)
    } catch let error as YamlError {
      throw yamlError(error, reader: reader)
    } catch let error as YAMLLimitError {
      throw TermbaseError(
        error.description, at: reader.location(line: error.line, column: error.column))
    } catch {
      throw TermbaseError("not YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
    }
    guard let root, let top = root.mapping else {
      throw TermbaseError(
        "a termbase is a mapping with 'salin-termbase: 1' and 'concepts:'",
        at: reader.location(root))
    }
    for (key, _) in top {
      guard let name = key.scalar?.string, ["salin-termbase", "concepts"].contains(name) else {
        throw TermbaseError(
          "unknown key '\(key.scalar?.string ?? "?")' (salin-termbase, concepts)",
          at: reader.location(key))
      }
    }
    guard let version = top["salin-termbase"], version.scalar?.string == "1" else {
      throw TermbaseError(
        "'salin-termbase: 1' is required (the format version)", at: reader.location(root))
    }
    guard let conceptsNode = top["concepts"] else {
      throw TermbaseError("'concepts:' is missing", at: reader.location(root))
    }
    guard let sequence = conceptsNode.sequence else {
      throw TermbaseError("'concepts' must be a list", at: reader.location(conceptsNode))
    }
    var termbase = Termbase()
    var seen: [String: SourceLocation] = [:]
    for node in sequence {
      let concept = try reader.concept(node)
      if let first = seen[concept.id] {
        throw TermbaseError(
          "concept '\(concept.id)' is defined twice (first at \(first))", at: reader.location(node))
      }
      seen[concept.id] = reader.location(node)
      termbase.concepts.append(concept)
    }
    return termbase
  }

  private static func yamlError(_ error: YamlError, reader: Reader) -> TermbaseError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return TermbaseError(
        "YAML syntax: \(problem)", at: reader.location(line: mark.line, column: mark.column))
    default:
      return TermbaseError("YAML: \(error)", at: reader.location(line: 1, column: 1))
    }
  }

  /// Writes a termbase in the YAML form, one concept after another.
  /// - Parameter termbase: The termbase.
  /// - Returns: The YAML text.
  public static func write(_ termbase: Termbase) -> String {
    var lines = ["salin-termbase: 1", "concepts:"]
    for concept in termbase.concepts {
      lines.append("  - id: \(quoted(concept.id))")
      if let note = concept.note { lines.append("    note: \(quoted(note))") }
      if let source = concept.source { lines.append("    source: \(quoted(source))") }
      lines.append("    terms:")
      for language in concept.terms.keys.sorted(by: { $0.tag < $1.tag }) {
        var fields: [String] = []
        let terms = concept.terms[language] ?? []
        for (name, status, short) in [
          ("preferred", TermStatus.preferred, false), ("admitted", .admitted, false),
          ("short", .admitted, true), ("forbidden", .forbidden, false),
        ] {
          let texts = terms.filter {
            $0.status == status && ($0.isShortForm == short || status != .admitted)
          }.map(\.text)
          guard !texts.isEmpty else { continue }
          if status == .preferred, texts.count == 1 {
            fields.append("preferred: \(quoted(texts[0]))")
          } else {
            fields.append("\(name): [\(texts.map(quoted).joined(separator: ", "))]")
          }
        }
        lines.append("      \(language.tag): {\(fields.joined(separator: ", "))}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML scalar: plain when safe, else double-quoted with escapes.
  static func quoted(_ text: String) -> String {
    let plain =
      !text.isEmpty && !text.hasPrefix(" ") && !text.hasSuffix(" ")
      && text.allSatisfy { $0.isLetter || $0.isNumber || " .-'’()/·".contains($0) }
      && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(text.lowercased())
      && !(text.first?.isNumber ?? false) && !text.hasPrefix("-")
    if plain { return text }
    var escaped = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\t": escaped += "\\t"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped + "\""
  }
}

/// Reads YAML nodes of a termbase, every mismatch an error at the node's line and column.
private struct Reader {
  let path: String
  /// The file's lines as libyaml counts them, to give each mark as an editor shows it.
  let lines: YAMLLineMap

  func location(_ node: Node?) -> SourceLocation {
    location(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
  }

  /// The location of a YAML mark's line and column, counted as an editor counts them.
  func location(line: Int, column: Int) -> SourceLocation {
    let position = lines.editorPosition(line: line, column: column)
    return SourceLocation(file: path, line: position.line, column: position.column)
  }

  func text(_ node: Node, _ what: String) throws(TermbaseError) -> String {
    guard let scalar = node.scalar, !scalar.string.allSatisfy(\.isWhitespace) else {
      throw TermbaseError("\(what) must be non-empty text", at: location(node))
    }
    return scalar.string
  }

  func concept(_ node: Node) throws(TermbaseError) -> Concept {
    guard let mapping = node.mapping else {
      throw TermbaseError("a concept is a mapping with id and terms", at: location(node))
    }
    var concept = Concept(id: "", location: location(node))
    var hasTerms = false
    for (key, value) in mapping {
      switch key.scalar?.string {
      case "id": concept.id = try text(value, "id")
      case "note": concept.note = try text(value, "note")
      case "source": concept.source = try text(value, "source")
      case "terms":
        guard let languages = value.mapping else {
          throw TermbaseError("terms is a mapping of language tags", at: location(value))
        }
        for (tagNode, termsNode) in languages {
          let tag = try text(tagNode, "a language tag")
          // The one BCP 47 check every reader uses (`Language(validating:)`), with its advice.
          guard let language = try? Language(validating: tag) else {
            throw TermbaseError("\(LanguageTagError(tag: tag))", at: location(tagNode))
          }
          concept.terms[language] = try terms(termsNode)
        }
        hasTerms = true
      default:
        throw TermbaseError(
          "unknown field '\(key.scalar?.string ?? "?")' (id, note, source, terms)",
          at: location(key))
      }
    }
    guard !concept.id.isEmpty else {
      throw TermbaseError("a concept needs an id", at: location(node))
    }
    guard hasTerms, !concept.terms.isEmpty else {
      throw TermbaseError("concept '\(concept.id)' has no terms", at: location(node))
    }
    return concept
  }

  func terms(_ node: Node) throws(TermbaseError) -> [Term] {
    if node.scalar != nil { return [Term(try text(node, "a term"), .preferred)] }
    guard let mapping = node.mapping else {
      throw TermbaseError(
        "a language's terms are a term or {preferred, admitted, forbidden}", at: location(node))
    }
    var terms: [Term] = []
    for (key, value) in mapping {
      let name = key.scalar?.string
      guard let name, let status = name == "short" ? .admitted : TermStatus(rawValue: name) else {
        throw TermbaseError(
          "unknown term status '\(name ?? "?")' (preferred, admitted, short, forbidden)",
          at: location(key))
      }
      let isShort = name == "short"
      if let list = value.sequence {
        for item in list {
          terms.append(Term(try text(item, "a term"), status, isShortForm: isShort))
        }
      } else {
        terms.append(Term(try text(value, "a term"), status, isShortForm: isShort))
      }
    }
    return terms
  }
}
