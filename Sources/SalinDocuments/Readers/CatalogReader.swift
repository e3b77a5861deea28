import SalinCore
import Yams

/// Reads a Salin catalog (YAML): each string value becomes a segment with its dotted key and the
/// catalog's locale.
///
/// The locale comes from a top-level `locale:` (or `language:`) or from the file name (`tl.yaml`,
/// `messages.tl.yaml`). Nested mappings flatten to dotted keys; an entry written as a mapping with
/// `value:` (or `message:`/`text:`) has the mapping's key; translator notes (`description:`,
/// `note:`, `comment:`) are not the catalog's text and are skipped, as are `variants:`, which are
/// deliberately spellings of other forms.
struct CatalogReader {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String

  static let metadataKeys: Set<String> = ["locale", "language", "lang", "version", "schema"]
  static let wrapperKeys: Set<String> = ["messages", "entries", "strings", "labels"]
  static let valueKeys: Set<String> = ["value", "message", "text", "other"]
  static let skippedKeys: Set<String> = [
    "description", "note", "notes", "comment", "context", "variants", "aliases", "placeholders",
  ]

  struct Result {
    var segments: [Segment] = []
    var locale: Language?
  }

  func read() throws(DocumentError) -> Result {
    let text = String(decoding: bytes, as: UTF8.self)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Self.documentError(error, path: path)
    } catch {
      throw .malformedYAML(path: path, line: 1, message: "\(error)")
    }
    var result = Result()
    guard let mapping = root?.mapping else { return result }
    for (key, value) in mapping {
      guard let key = key.string, Self.metadataKeys.contains(key), let tag = value.string else {
        continue
      }
      result.locale = Language(tag)
    }
    if result.locale == nil { result.locale = Self.locale(fromFileName: path) }
    var segments: [Segment] = []
    flatten(mapping, prefix: "", locale: result.locale, into: &segments, isRoot: true)
    result.segments = segments
    return result
  }

  private func flatten(
    _ mapping: Node.Mapping, prefix: String, locale: Language?, into segments: inout [Segment],
    isRoot: Bool
  ) {
    let mapper = YAMLValueMapper(bytes: bytes, lines: lines)
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { continue }
      if isRoot, Self.metadataKeys.contains(key), value.scalar != nil { continue }
      if Self.skippedKeys.contains(key) { continue }
      let isWrapper = isRoot && Self.wrapperKeys.contains(key)
      let isValueKey = !isRoot && Self.valueKeys.contains(key)
      let fullKey = isWrapper || isValueKey ? prefix : prefix.isEmpty ? key : prefix + "." + key
      switch value {
      case .scalar:
        if let segment = mapper.builder(for: value).build(
          kind: .catalogValue(key: fullKey, locale: locale), lines: lines, labelMode: .none)
        {
          segments.append(segment)
        }
      case .mapping(let nested):
        flatten(nested, prefix: fullKey, locale: locale, into: &segments, isRoot: false)
      case .sequence, .alias:
        continue
      }
    }
  }

  /// The locale a catalog's file name gives: `tl.yaml`, `messages.ko.yml`.
  static func locale(fromFileName path: String) -> Language? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let parts = name.split(separator: ".")
    guard parts.count >= 2 else { return nil }
    let candidate = parts[parts.count - 2]
    return LanguageTag.isPlausible(candidate) ? Language(String(candidate)) : nil
  }

  static func documentError(_ error: YamlError, path: String) -> DocumentError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      .malformedYAML(path: path, line: mark.line, message: problem)
    case .composer(_, let problem, let mark, _):
      .malformedYAML(path: path, line: mark.line, message: problem)
    default:
      .malformedYAML(
        path: path, line: 1, message: "\(error)".split(separator: "\n").first.map(String.init) ?? ""
      )
    }
  }
}

/// Recognises strings that look like a BCP 47 language tag (`ko`, `tl`, `fil`, `pt-BR`).
enum LanguageTag {
  /// Whether a string looks like a language tag: 2 ASCII letters (or a
  /// known 3-letter code), optionally a region or script.
  static func isPlausible(_ string: Substring) -> Bool {
    let parts = string.split(whereSeparator: { $0 == "-" || $0 == "_" })
    // Three-letter codes are too easily words ("foo.yaml"): only the ones Salin knows.
    guard let language = parts.first,
      language.count == 2 || ["fil", "tgl", "kor", "eng"].contains(language.lowercased()),
      language.allSatisfy({ $0.isASCII && $0.isLetter }), parts.count <= 3
    else { return false }
    return parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(\.isASCII) }
  }
}
