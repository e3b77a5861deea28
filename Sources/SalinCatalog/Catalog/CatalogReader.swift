import SalinCore
import SalinYAML
import Yams

/// Turns a catalog's YAML into entries, keeping every key's and value's line and column.
///
/// Uses Yams' `Node` API (not `Decodable`) because only nodes carry their `Mark`.
struct CatalogReader {
  let path: String
  let source: SourceText
  private let text: String
  /// The file's locale: its `locale:` key, else the caller's default (the file name's).
  private(set) var language: Language?
  private(set) var entries: [CatalogEntry] = []
  private(set) var problems: [CatalogProblem] = []

  /// The top-level key that names the file's locale instead of a message.
  static let localeKey = "locale"
  /// The fields an entry written as a mapping may have.
  static let entryFields = ["message", "description", "variants", "untranslated", "state"]

  init(text: String, path: String, defaultLanguage: Language?) {
    self.text = text
    self.path = path
    self.source = SourceText(text)
    self.language = defaultLanguage
  }

  /// Reads the entries and problems.
  /// - Returns: The file's locale.
  mutating func read() throws(CatalogError) -> Language {
    if text.allSatisfy(\.isWhitespace) {
      throw .unusableFile(path: path, reason: "empty file")
    }
    let root: Node?
    do {
      root = try YAMLLoader.compose(text)
    } catch let error as YamlError {
      throw yamlError(error)
    } catch let error as YAMLLimitError {
      throw .limitExceeded(
        location: SourceLocation(
          file: path, position: source.position(line: error.line, column: error.column)),
        problem: error.description)
    } catch {
      throw .unusableFile(path: path, reason: "not YAML (\(error))")
    }
    guard let root else { throw .unusableFile(path: path, reason: "empty file (only comments)") }
    guard let mapping = root.mapping else {
      throw .unusableFile(path: path, reason: "not a YAML mapping of keys to messages")
    }
    // The locale first, wherever it is written: every entry is in it.
    if let valueNode = mapping[Self.localeKey] {
      if let tag = valueNode.scalar?.string, let locale = try? Language(validating: tag) {
        language = locale
      } else {
        problem(
          at: valueNode, "invalid-entry",
          "'locale' must be a BCP 47 language tag such as tl or pt-BR"
            + (valueNode.scalar.map { ", not '\($0.string)'" } ?? ""))
      }
    }
    guard let language else {
      throw .unusableFile(
        path: path,
        reason: "no locale: add 'locale: xx' or name the file for its locale (xx.yaml)")
    }
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.scalar?.string, !key.isEmpty else {
        problem(at: keyNode, "invalid-entry", "a key must be text")
        continue
      }
      if key == Self.localeKey { continue }
      readEntry(key: key, keyNode: keyNode, valueNode: valueNode, language: language)
    }
    return language
  }

  private mutating func readEntry(
    key: String, keyNode: Node, valueNode: Node, language: Language
  ) {
    var messageNode = valueNode
    var description: String?
    var variants: [String] = []
    var allowsSameText = false
    var state: TranslationState?
    if let fields = valueNode.mapping {
      guard let message = fields["message"] else {
        // Nested keys (`label:` / `  details: …`) are the likeliest reason: say how to write them.
        // An array: Yams' `keys` is lazy, and `nested[0]` of a lazy compactMap indexed the
        // unfiltered keys, trapping when the first key was not text (`? {a: b}`).
        let nested = Array(fields.keys.compactMap { $0.scalar?.string })
        let hint =
          nested.contains(where: Self.entryFields.contains) || nested.isEmpty
          ? "" : " (keys are flat and dotted: write '\(key).\(nested[0]): …')"
        problem(at: valueNode, "invalid-entry", "entry '\(key)' has no 'message'" + hint)
        return
      }
      messageNode = message
      for (fieldNode, fieldValue) in fields {
        let field = fieldNode.scalar?.string ?? ""
        switch field {
        case "message": break
        case "description": description = fieldValue.scalar?.string
        case "variants":
          if let list = fieldValue.sequence {
            variants = list.compactMap { $0.scalar?.string }
          } else if let single = fieldValue.scalar?.string {
            variants = [single]
          }
        case "untranslated":
          let flag = fieldValue.scalar?.string.lowercased() ?? ""
          allowsSameText = ["ok", "true", "yes"].contains(flag)
          if !allowsSameText {
            problem(at: fieldValue, "invalid-entry", "'untranslated' takes the value ok")
          }
        case "state":
          let value = fieldValue.scalar?.string ?? ""
          state = TranslationState(rawValue: value)
          if state == nil {
            problem(
              at: fieldValue, "invalid-entry",
              "'state' takes " + TranslationState.allCases.map(\.rawValue).joined(separator: ", "))
          }
        default:
          problem(
            at: fieldNode, "invalid-entry",
            "unknown field '\(field)' in '\(key)' (" + Self.entryFields.joined(separator: ", ")
              + ")")
        }
      }
    }
    guard let scalar = messageNode.scalar else {
      problem(at: messageNode, "invalid-entry", "the message of '\(key)' must be text")
      return
    }
    let message = scalar.string
    let valueIndex = index(of: messageNode)
    let parsed: Result<MessagePattern, MessageSyntaxError>
    do throws(MessageSyntaxError) {
      parsed = .success(try MessagePattern(parsing: message, language: language))
    } catch {
      parsed = .failure(error)
    }
    let entry = CatalogEntry(
      key: key, language: language, source: message, description: description,
      variants: variants, allowsSameText: allowsSameText, state: state,
      location: SourceLocation(file: path, position: source.position(ofIndex: index(of: keyNode))),
      valueLocation: SourceLocation(
        file: path,
        position: source.position(
          ofIndex: source.index(ofValueOffset: 0, value: message, valueIndex: valueIndex))),
      parsed: parsed, valueIndex: valueIndex)
    if case .failure(let error) = parsed {
      let at = source.index(ofValueOffset: error.offset, value: message, valueIndex: valueIndex)
      problems.append(
        CatalogProblem(
          location: SourceLocation(file: path, position: source.position(ofIndex: at)),
          rule: "message-syntax", message: "message '\(key)': \(error.problem)"))
    }
    entries.append(entry)
  }

  private func index(of node: Node) -> Int {
    guard let mark = node.mark else { return 0 }
    return source.index(line: mark.line, column: mark.column)
  }

  private mutating func problem(at node: Node, _ rule: String, _ message: String) {
    let location = SourceLocation(file: path, position: source.position(ofIndex: index(of: node)))
    problems.append(CatalogProblem(location: location, rule: rule, message: message))
  }

  private func yamlError(_ error: YamlError) -> CatalogError {
    func at(_ mark: Mark, _ problem: String) -> CatalogError {
      .yamlSyntax(
        location: SourceLocation(
          file: path, position: source.position(line: mark.line, column: mark.column)),
        problem: problem)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // The context's line as an editor counts it, as the error's own position is.
      let detail =
        context.map {
          "\($0.text) (line \(source.position(line: $0.mark.line, column: $0.mark.column).line)): "
        } ?? ""
      return at(mark, detail + problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return at(
        context.mark,
        "duplicate key " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))
    case .reader(let problem, let offset, _, _):
      if let offset {
        let position = SourcePosition.of(utf8Offset: offset, in: text)
        return .yamlSyntax(
          location: SourceLocation(file: path, position: position), problem: problem)
      }
      return .unusableFile(path: path, reason: problem)
    default:
      return .unusableFile(path: path, reason: "\(error)")
    }
  }
}
