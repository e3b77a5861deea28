/// Splits a plain-text pipe-table row (`a | b |`) into its cells' byte ranges.
///
/// Shared by the plain-text reader, which makes segments of the cells, and the importer, which
/// makes table cells of them, so that both agree on where a cell starts and ends.
package enum PipeTableRow {
  /// The byte ranges of the cells of a row, trimmed of spaces.
  ///
  /// Cells are split at unescaped pipes (`\|` stands for a pipe inside a cell); the empty cell
  /// before a leading pipe or after a trailing pipe is outside the table and is dropped.
  /// - Parameters:
  ///   - row: The row's byte range in `bytes`, trimmed of spaces.
  ///   - bytes: The file's UTF-8 bytes.
  /// - Returns: One trimmed range per cell, in order; a cell may be empty.
  package static func cellRanges(of row: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
    guard !row.isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    var start = row.lowerBound
    var index = row.lowerBound
    while index < row.upperBound {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if bytes[index] == UInt8(ascii: "|") {
        ranges.append(start..<index)
        start = index + 1
      }
      index += 1
    }
    ranges.append(start..<row.upperBound)
    var trimmedRanges = ranges.map { trimmingSpaces($0, in: bytes) }
    if bytes[row.lowerBound] == UInt8(ascii: "|") { trimmedRanges.removeFirst() }
    if let last = trimmedRanges.last, last.isEmpty { trimmedRanges.removeLast() }
    return trimmedRanges
  }

  /// A byte range without the spaces, tabs and line ends at either end.
  /// - Parameters:
  ///   - range: A byte range in `bytes`.
  ///   - bytes: The file's UTF-8 bytes.
  /// - Returns: The trimmed range (empty, at the old start, when all of it was space).
  package static func trimmingSpaces(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, SegmentBuilder.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, SegmentBuilder.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
