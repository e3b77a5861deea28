import SalinCore
import SalinDocuments
import SalinYAML
import Yams

/// Edits a briefing's YAML in place: sets a text unit's variant and its `made-from` entry, and
/// leaves every other byte as it was (comments, layout, quoting of untouched values).
///
/// Yams gives each node where it starts but not where it ends, so the end of a value is found
/// from its style: a quoted scalar at its closing quote, a plain scalar at the end of its line
/// (or, in a flow mapping, at the next `,` or `}`), a flow mapping at its matching brace.
struct BriefingYAMLEditor {
  private(set) var text: String
  private var edits: [(range: Range<Int>, text: String)] = []
  private let bytes: [UInt8]
  private let lines: LineIndex
  private let root: Node?

  init(text: String) {
    self.text = text
    bytes = Array(text.utf8)
    lines = LineIndex(bytes: bytes)
    // Through the one YAML loader, as the briefing was loaded: the same limits, and a leading
    // byte order mark dropped as LineIndex drops it, so that line 1's marks and offsets agree.
    root = try? YAMLLoader.compose(text)
  }

  /// The text with every edit applied.
  func result() -> String {
    var out = bytes
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      out.replaceSubrange(edit.range, with: Array(edit.text.utf8))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The mapping node of a text unit, found where the loader said the unit starts.
  func unitNode(at location: SourceLocation) -> Node? {
    func find(_ node: Node) -> Node? {
      // The loader gives positions as editors count lines, marks count them as libyaml does.
      if let mark = node.mark, node.mapping != nil {
        let position = lines.position(yamlLine: mark.line, column: mark.column)
        if position.line == location.position.line, position.column == location.position.column {
          return node
        }
      }
      if let mapping = node.mapping {
        for (_, value) in mapping { if let found = find(value) { return found } }
      } else if let sequence = node.sequence {
        for item in sequence { if let found = find(item) { return found } }
      }
      return nil
    }
    return root.flatMap(find)
  }

  /// Sets `key: value` in a text unit's mapping, replacing the value or adding the pair after
  /// the mapping's last pair.
  /// - Parameters:
  ///   - key: The key (`tl`, `made-from`).
  ///   - unit: The text unit's mapping node.
  ///   - text: The new value, when it is text (written as the mapping's style allows: folded
  ///     `>-` over several lines in a block mapping when it is long, as briefings write prose).
  ///   - raw: The new value's YAML, when it is not text (`{tl: '…'}`).
  mutating func set(_ key: String, in unit: Node, text: String? = nil, raw: String? = nil) {
    guard let mapping = unit.mapping, let unitMark = unit.mark else { return }
    // Composed nodes do not keep their style: a flow mapping is one whose first byte is `{`.
    let isFlow =
      offset(of: unit).map { $0 < bytes.count && bytes[$0] == UInt8(ascii: "{") } ?? false
    let indent = unitMark.column - 1
    func value(after prefix: Int) -> String {
      if let raw { return raw }
      let text = text ?? ""
      if isFlow { return CatalogYAML.scalar(text, flow: true) }
      return Self.blockValue(text, indent: indent + 2, column: prefix)
    }
    if let existing = mapping[key], let start = offset(of: existing) {
      let end = end(of: existing, from: start, flow: isFlow, indent: indent)
      let column = start - lines.lineStarts[lines.line(containing: start) - 1]
      edits.append((start..<end, value(after: column)))
      return
    }
    guard let (_, lastValue) = Array(mapping).last, let lastStart = offset(of: lastValue) else {
      return
    }
    let lastEnd = end(of: lastValue, from: lastStart, flow: isFlow, indent: indent)
    if isFlow {
      edits.append((lastEnd..<lastEnd, ", \(key): \(value(after: 0))"))
    } else {
      // A new line after the last pair's, indented as the mapping's keys are.
      let prefix = String(repeating: " ", count: indent)
      var lineEnd = lastEnd
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      edits.append(
        (lineEnd..<lineEnd, "\n\(prefix)\(key): \(value(after: indent + key.count + 2))"))
    }
  }

  /// A text value for a block mapping: on the line when it fits in 100 columns, else folded
  /// (`>-`) over lines of at most 100 columns at `indent`, when folding gives the text back
  /// exactly (single spaces, no line breaks, no edge spaces); else double-quoted.
  static func blockValue(_ text: String, indent: Int, column: Int) -> String {
    let scalar = CatalogYAML.scalar(text, flow: false)
    if column + scalar.count <= 100 { return scalar }
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard !text.contains("\n"), !text.hasPrefix(" "), !text.hasSuffix(" "),
      !words.contains(where: \.isEmpty), !text.contains("\t")
    else { return scalar }
    let prefix = String(repeating: " ", count: indent)
    var out = ">-"
    var line = ""
    for word in words {
      if !line.isEmpty, indent + line.count + 1 + word.count > 100 {
        out += "\n" + prefix + line
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return out + "\n" + prefix + line
  }

  private func offset(of node: Node) -> Int? {
    guard let mark = node.mark else { return nil }
    return lines.offset(yamlLine: mark.line, column: mark.column)
  }

  /// Where a value that starts at `start` ends.
  private func end(of node: Node, from start: Int, flow: Bool, indent: Int) -> Int {
    guard start < bytes.count else { return start }
    switch bytes[start] {
    case UInt8(ascii: ">"), UInt8(ascii: "|"):
      // A block scalar: its lines are those indented deeper than the mapping's keys.
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var line = lines.line(containing: start) + 1
      while line <= lines.lineCount {
        let range = lines.contentRange(ofLine: line)
        let content = bytes[range]
        let spaces = content.prefix { $0 == 0x20 }.count
        if spaces == content.count {
          line += 1
          continue
        }
        guard spaces > indent else { break }
        end = range.upperBound
        line += 1
      }
      return end
    case UInt8(ascii: "\""):
      var index = start + 1
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
        index += 1
      }
      return bytes.count
    case UInt8(ascii: "'"):
      var index = start + 1
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "'") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") {
            index += 2
            continue
          }
          return index + 1
        }
        index += 1
      }
      return bytes.count
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      var index = start
      var quote: UInt8?
      while index < bytes.count {
        let byte = bytes[index]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
          depth += 1
        } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { return index + 1 }
        }
        index += 1
      }
      return bytes.count
    default:
      // A plain scalar: to the end of its text on this line (before ` #`), or in a flow
      // mapping to the next `,` or `}`; the scalar's own text says how long it is when it is
      // written on one line, which is how Salin's briefings write prose.
      var index = start
      while index < bytes.count, bytes[index] != 0x0A {
        if flow, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "}") { break }
        if bytes[index] == UInt8(ascii: "#"), index > start, bytes[index - 1] == 0x20 { break }
        index += 1
      }
      while index > start, bytes[index - 1] == 0x20 { index -= 1 }
      guard !flow else { return index }
      // A plain scalar in a block mapping continues on lines indented deeper than its key.
      var line = lines.line(containing: start) + 1
      while line <= lines.lineCount {
        let range = lines.contentRange(ofLine: line)
        let spaces = bytes[range].prefix { $0 == 0x20 }.count
        guard spaces < range.count, spaces > indent,
          bytes[range.lowerBound + spaces] != UInt8(ascii: "#")
        else { break }
        index = range.upperBound
        line += 1
      }
      return index
    }
  }
}
