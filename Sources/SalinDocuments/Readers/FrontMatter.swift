import SalinCore
import SalinYAML
import Yams

/// A Markdown file's YAML front matter: `---` on the first line, up to a `---` or `...` line.
///
/// Read as metadata (`lang:` declares the document's language); `title`, `description` and
/// `summary` are also prose, so they become segments.
struct FrontMatter {
  /// The keys whose values are prose of the document.
  static let proseKeys: Set<String> = ["title", "subtitle", "description", "summary"]

  /// The front matter's lines, 1-based and inclusive of both fences.
  let lineRange: ClosedRange<Int>
  var metadata: [String: String] = [:]
  /// The line each key of `metadata` is written on.
  var keyLines: [String: Int] = [:]
  var segments: [Segment] = []

  /// Finds and reads the front matter, if the file starts with one.
  /// - Throws: `DocumentError.malformedYAML` at the line of the problem when the front matter is
  ///   not YAML or not a mapping: its `lang:` might be lost, and with it the document's language.
  init?(bytes: [UInt8], lines: LineIndex, path: String) throws(DocumentError) {
    guard lines.lineCount >= 2, lineText(bytes, lines, 1) == "---" else { return nil }
    guard
      let closing = (2...lines.lineCount).first(where: {
        let text = lineText(bytes, lines, $0)
        return text == "---" || text == "..."
      })
    else { return nil }
    lineRange = 1...closing
    // Most front matter is flat `key: value` lines: read those directly (a YAML parse per file is
    // a tenth of linting a corpus), and hand anything else to Yams.
    if readFlat(bytes: bytes, lines: lines, closing: closing) { return }
    // Parse the lines between the fences, padded so that marks keep the file's line numbers.
    let body = lines.lineStarts[1]..<lines.contentRange(ofLine: closing).lowerBound
    let yaml = String(repeating: "\n", count: 1) + String(decoding: bytes[body], as: UTF8.self)
    let node: Node?
    do {
      node = try YAMLLoader.compose(yaml)
    } catch let error as YamlError {
      throw Self.frontMatterError(YAMLValueMapper.documentError(error, path: path, lines: lines))
    } catch let error as YAMLLimitError {
      let position = lines.position(yamlLine: error.line, column: error.column)
      throw .malformedYAML(
        path: path, line: position.line, column: position.column,
        message: "front matter: \(error)")
    } catch {
      throw .malformedYAML(path: path, line: 2, column: 1, message: "front matter: \(error)")
    }
    guard let node else { return }
    guard let mapping = node.mapping else {
      throw .malformedYAML(
        path: path, line: 2, column: 1,
        message: "front matter must be a mapping of keys to values (lang: en, title: …)")
    }
    let mapper = YAMLValueMapper(bytes: bytes, lines: lines)
    for (key, value) in mapping {
      guard let keyText = key.string, let string = value.string else { continue }
      let key = keyText
      metadata[key] = string
      keyLines[key] =
        value.mark.map { lines.position(yamlLine: $0.line, column: $0.column).line } ?? 2
      if Self.proseKeys.contains(key),
        let segment = mapper.builder(for: value).build(
          kind: .frontMatter(key: key), lines: lines, labelMode: .wholeOrPrefix)
      {
        segments.append(segment)
      }
    }
  }

  /// Says that the YAML error is in the front matter, not in a catalog.
  private static func frontMatterError(_ error: DocumentError) -> DocumentError {
    guard case .malformedYAML(let path, let line, let column, let message) = error else {
      return error
    }
    return .malformedYAML(
      path: path, line: line, column: column, message: "front matter: \(message)")
  }

  /// Reads front matter made only of `key: plain value` lines; `false` if it is anything else.
  private mutating func readFlat(bytes: [UInt8], lines: LineIndex, closing: Int) -> Bool {
    var entries: [(key: String, value: Range<Int>, line: Int)] = []
    for line in 2..<closing {
      let range = lines.contentRange(ofLine: line)
      if range.isEmpty { continue }
      guard let colon = bytes[range].firstIndex(of: UInt8(ascii: ":")) else { return false }
      let key = bytes[range.lowerBound..<colon]
      guard !key.isEmpty,
        key.allSatisfy({
          DirectiveScanner.isASCIILetter($0) || DirectiveScanner.isDigit($0) || $0 == 0x5F
            || $0 == 0x2D
        })
      else { return false }
      var start = colon + 1
      while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
      var end = range.upperBound
      while end > start, bytes[end - 1] == 0x20 { end -= 1 }
      guard start < end else { return false }  // A nested mapping or list follows.
      // Flow collections, block scalars, anchors, tags, quotes and comments need a YAML parser.
      guard !"[{|>&*!\"'#%@`".utf8.contains(bytes[start]),
        !bytes[start..<end].contains(UInt8(ascii: "#"))
      else { return false }
      entries.append((String(decoding: key, as: UTF8.self), start..<end, line))
    }
    for (key, value, line) in entries {
      metadata[key] = String(decoding: bytes[value], as: UTF8.self)
      keyLines[key] = line
      guard Self.proseKeys.contains(key) else { continue }
      var builder = SegmentBuilder(bytes: bytes)
      builder.appendSource(value)
      if let segment = builder.build(
        kind: .frontMatter(key: key), lines: lines, labelMode: .wholeOrPrefix)
      {
        segments.append(segment)
      }
    }
    return true
  }

  /// The language front matter declares with `lang:` (or else `language:`).
  /// - Parameter path: The file, for the error.
  /// - Returns: The language, or `nil` when the front matter declares none.
  /// - Throws: `DocumentError.invalidLanguage` at the key's line for a tag that is not BCP 47.
  func language(path: String) throws(DocumentError) -> Language? {
    for key in ["lang", "language"] {
      guard let tag = metadata[key] else { continue }
      do {
        return try Language(validating: tag)
      } catch {
        throw .invalidLanguage(path: path, line: keyLines[key] ?? 1, error)
      }
    }
    return nil
  }

  /// The file's bytes with the front matter's lines blanked to spaces, so that cmark sees blank
  /// lines and every later line keeps its byte offset and number.
  func blanked(_ bytes: [UInt8], lines: LineIndex) -> [UInt8] {
    var copy = bytes
    for line in lineRange {
      for offset in lines.contentRange(ofLine: line) { copy[offset] = 0x20 }
    }
    return copy
  }
}

private func lineText(_ bytes: [UInt8], _ lines: LineIndex, _ line: Int) -> String {
  String(decoding: bytes[lines.contentRange(ofLine: line)], as: UTF8.self)
    .trimmingCharacters(in: [" ", "\t"])
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
