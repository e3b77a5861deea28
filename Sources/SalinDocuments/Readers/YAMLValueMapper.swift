import SalinCore
import Yams

/// Maps YAML scalar values, which Yams hands over decoded, back onto their source bytes.
///
/// Yams marks count lines and columns in Unicode scalars from 1, and point at the start of the
/// token (a quote, or the `|` of a block scalar), so the value is looked up from there.
struct YAMLValueMapper {
  let bytes: [UInt8]
  let lines: LineIndex

  /// A builder holding a scalar node's text, mapped onto the source where it can be.
  func builder(for node: Node) -> SegmentBuilder {
    guard let scalar = node.scalar else { return SegmentBuilder(bytes: bytes) }
    let start = node.mark.map { lines.offset(yamlLine: $0.line, column: $0.column) } ?? 0
    return builder(for: scalar.string, from: start)
  }

  /// A builder holding a value's text, each line found in the source from a byte offset on.
  /// - Parameters:
  ///   - value: The decoded value.
  ///   - start: Where its token starts (its quote, its `|`, or its first character).
  /// - Returns: The builder, its text mapped onto the source where each line is found.
  func builder(for value: String, from start: Int) -> SegmentBuilder {
    var builder = SegmentBuilder(bytes: bytes)
    var cursor = start
    let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in valueLines.enumerated() {
      if index > 0 { builder.appendUnmapped("\n") }
      let limit = min(bytes.count, cursor + 4 * line.utf8.count + 64)
      let needle = Array(line.utf8)
      if needle.isEmpty || SegmentBuilder.find(needle, in: bytes, from: cursor, to: limit) != nil {
        builder.appendLiteral(String(line), cursor: &cursor, limit: limit)
      } else {
        // Not written as one run: a folded or multi-line plain scalar joins its lines with a
        // space where the file has a line break and indentation. Word by word, each word is
        // found past the break (a scalar at a time only inside a word, for escapes).
        for run in Self.runs(of: line) {
          let runLimit = min(bytes.count, cursor + 4 * run.utf8.count + 64)
          builder.appendLiteral(String(run), cursor: &cursor, limit: runLimit)
        }
      }
    }
    return builder
  }

  /// A line cut into alternating runs of spaces and of other characters.
  static func runs(of line: Substring) -> [Substring] {
    var runs: [Substring] = []
    var start = line.startIndex
    var index = line.startIndex
    while index < line.endIndex {
      let next = line.index(after: index)
      if next < line.endIndex, (line[index] == " ") != (line[next] == " ") {
        runs.append(line[start..<next])
        start = next
      }
      index = next
    }
    if start < line.endIndex { runs.append(line[start...]) }
    return runs
  }

  /// A Yams error as one line naming the file and the line.
  /// - Parameters:
  ///   - error: The error.
  ///   - path: The file.
  ///   - lines: The file's lines, to give the mark as an editor shows it (see
  ///     `LineIndex.position(yamlLine:column:)`).
  /// - Returns: The error, at the line and column an editor shows.
  static func documentError(_ error: YamlError, path: String, lines: LineIndex) -> DocumentError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      let position = lines.position(yamlLine: mark.line, column: mark.column)
      return .malformedYAML(
        path: path, line: position.line, column: position.column, message: problem)
    default:
      return .malformedYAML(
        path: path, line: 1, column: 1,
        message: "\(error)".split(separator: "\n").first.map(String.init) ?? ""
      )
    }
  }
}
