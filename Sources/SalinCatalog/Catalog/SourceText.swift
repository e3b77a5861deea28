import SalinCore
import SalinYAML

/// A catalog file's text, indexed so that YAML marks and offsets inside values become
/// `SourcePosition`s with byte offsets and both column counts.
///
/// Two line tables, because libyaml and editors disagree on what ends a line. libyaml (YAML 1.1)
/// ends one at LF, CRLF, a lone CR, NEL, LS and PS, so its marks are read with that table; a
/// position shown to the user counts lines as `LineIndex`, editors and LSP do (LF, CRLF, lone CR).
/// With one table that knew only LF, an entry after a lone CR was put on the wrong bytes.
struct SourceText: Sendable {
  /// The file's scalars.
  let scalars: [Unicode.Scalar]
  /// The index in `scalars` where each line starts as positions count lines (line 1 at index 0).
  private let lineStarts: [Int]
  /// The index in `scalars` where each line starts as libyaml's marks count lines.
  private let yamlLineStarts: [Int]
  /// The UTF-8 offset of each scalar, plus one past the end.
  private let utf8Offsets: [Int]

  /// Indexes a text.
  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    var starts = [0]
    var yamlStarts = [0]
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for (index, scalar) in scalars.enumerated() {
      offsets.append(offset)
      offset += UTF8.width(scalar)
      switch scalar {
      case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
        break  // CRLF: the line ends after the LF.
      case "\n", "\r":
        starts.append(index + 1)
        yamlStarts.append(index + 1)
      case _ where YAMLLineMap.isYAMLOnlyBreak(scalar):
        yamlStarts.append(index + 1)
      default:
        break
      }
    }
    offsets.append(offset)
    lineStarts = starts
    yamlLineStarts = yamlStarts
    utf8Offsets = offsets
  }

  /// The scalar index of a 1-based line and scalar column (as YAML marks count them).
  func index(line: Int, column: Int) -> Int {
    let line = min(max(line, 1), yamlLineStarts.count)
    return min(yamlLineStarts[line - 1] + max(column, 1) - 1, scalars.count)
  }

  /// The position of a scalar index.
  func position(ofIndex index: Int) -> SourcePosition {
    let index = min(max(index, 0), scalars.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    var utf16Column = 1
    for scalar in scalars[start..<index] { utf16Column += UTF16.width(scalar) }
    return SourcePosition(
      utf8Offset: utf8Offsets[index], line: low + 1, column: index - start + 1,
      utf16Column: utf16Column)
  }

  /// The position of a 1-based line and column.
  func position(line: Int, column: Int) -> SourcePosition {
    position(ofIndex: index(line: line, column: column))
  }

  /// Where the scalar at `offset` of a YAML scalar's value lies in the file.
  ///
  /// The value starts at `valueIndex` (its YAML mark: the opening quote or block indicator,
  /// or the first character of a plain scalar). Quoting, escapes and line folding mean the
  /// value is not a verbatim slice of the file, so the value is aligned with the source: each
  /// value scalar is matched with the next equal source scalar, skipping what YAML removed
  /// (quotes, `''`, indentation, `|`). Accurate for plain and quoted one-line values, which
  /// is what catalogs hold, and close for the rest.
  func index(ofValueOffset offset: Int, value: String, valueIndex: Int) -> Int {
    var source = valueIndex
    let valueScalars = Array(value.unicodeScalars)
    for position in 0...min(offset, valueScalars.count) {
      guard position < valueScalars.count else { break }
      let wanted = valueScalars[position]
      var probe = source
      while probe < scalars.count, probe - source < 24, scalars[probe] != wanted { probe += 1 }
      if probe < scalars.count, scalars[probe] == wanted { source = probe }
      if position == offset { return source }
      source += 1
    }
    return source
  }
}
