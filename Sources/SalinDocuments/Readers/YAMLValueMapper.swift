import Yams

/// Maps YAML scalar values, which Yams hands over decoded, back onto their source bytes.
///
/// Yams marks count lines and columns in Unicode scalars from 1, and point at the start of the
/// token (a quote, or the `|` of a block scalar), so the value is looked up from there.
struct YAMLValueMapper {
  let bytes: [UInt8]
  let lines: LineIndex

  /// A builder holding a scalar value's text, mapped onto the source where it can be.
  func builder(for node: Node) -> SegmentBuilder {
    var builder = SegmentBuilder(bytes: bytes)
    guard let scalar = node.scalar else { return builder }
    let mark = node.mark
    var cursor = mark.map { lines.offset(line: $0.line, scalarColumn: $0.column) } ?? 0
    let valueLines = scalar.string.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in valueLines.enumerated() {
      if index > 0 { builder.appendUnmapped("\n") }
      let limit = min(bytes.count, cursor + 4 * line.utf8.count + 64)
      builder.appendLiteral(String(line), cursor: &cursor, limit: limit)
    }
    return builder
  }
}
