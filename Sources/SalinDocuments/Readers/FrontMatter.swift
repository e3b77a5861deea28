import SalinCore
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
  var segments: [Segment] = []

  /// Finds and reads the front matter, if the file starts with one.
  init?(bytes: [UInt8], lines: LineIndex) {
    guard lines.lineCount >= 2, lineText(bytes, lines, 1) == "---" else { return nil }
    guard
      let closing = (2...lines.lineCount).first(where: {
        let text = lineText(bytes, lines, $0)
        return text == "---" || text == "..."
      })
    else { return nil }
    lineRange = 1...closing
    // Parse the lines between the fences, padded so that marks keep the file's line numbers.
    let body = lines.lineStarts[1]..<lines.contentRange(ofLine: closing).lowerBound
    let yaml = String(repeating: "\n", count: 1) + String(decoding: bytes[body], as: UTF8.self)
    guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return }
    let mapper = YAMLValueMapper(bytes: bytes, lines: lines)
    for (key, value) in mapping {
      guard let key = key.string, let string = value.string else { continue }
      metadata[key] = string
      if Self.proseKeys.contains(key),
        let segment = mapper.builder(for: value).build(
          kind: .frontMatter(key: key), lines: lines, labelMode: .wholeOrPrefix)
      {
        segments.append(segment)
      }
    }
  }

  /// The language front matter declares with `lang:` or `language:`.
  var language: Language? {
    (metadata["lang"] ?? metadata["language"]).map(Language.init)
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
