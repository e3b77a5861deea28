/// Turns a YAML mark's line and column into the line and column an editor shows.
///
/// libyaml (YAML 1.1) ends a line at LF, CRLF, a lone CR, and also at NEL (U+0085), LS (U+2028)
/// and PS (U+2029). Editors and LSP end lines only at LF, CRLF and a lone CR, and show the other
/// three inside a line. So after one of them libyaml's marks are a line ahead of what the user
/// sees: `id: a<LS>b` followed by a bad line 2 was reported at line 3, which in the editor is the
/// line after the bad one. Marks of a text without NEL, LS or PS are returned as they are.
///
/// Both count columns in Unicode scalars from 1; the text is the one libyaml read (without the
/// byte order mark `YAMLLoader` drops).
public struct YAMLLineMap: Sendable {
  /// The scalars, kept only when the text has a NEL, LS or PS.
  private let scalars: [Unicode.Scalar]
  /// The scalar index where each libyaml line starts.
  private let yamlLineStarts: [Int]
  /// The scalar index where each editor line starts.
  private let editorLineStarts: [Int]

  /// Indexes a YAML text's lines.
  /// - Parameter text: The text as libyaml read it.
  public init(_ text: String) {
    // Nearly every file has none of the three: it then costs one scan and no tables.
    guard text.unicodeScalars.contains(where: { Self.isYAMLOnlyBreak($0) }) else {
      scalars = []
      yamlLineStarts = []
      editorLineStarts = []
      return
    }
    let scalars = Array(text.unicodeScalars)
    var yamlStarts = [0]
    var editorStarts = [0]
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
        break  // CRLF: the line ends after the LF.
      case "\n", "\r":
        yamlStarts.append(index + 1)
        editorStarts.append(index + 1)
      case _ where Self.isYAMLOnlyBreak(scalar):
        yamlStarts.append(index + 1)
      default:
        break
      }
    }
    self.scalars = scalars
    yamlLineStarts = yamlStarts
    editorLineStarts = editorStarts
  }

  /// Whether libyaml ends a line at a scalar where an editor does not.
  /// - Parameter scalar: A scalar.
  /// - Returns: `true` for NEL, LS and PS.
  public static func isYAMLOnlyBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
  }

  /// The editor's line and column of a YAML mark.
  /// - Parameters:
  ///   - line: The mark's line, 1-based, as libyaml counts lines.
  ///   - column: The mark's column in scalars, 1-based.
  /// - Returns: The line and column an editor shows for the same character.
  public func editorPosition(line: Int, column: Int) -> (line: Int, column: Int) {
    guard !yamlLineStarts.isEmpty else { return (line, column) }
    let yamlLine = min(max(line, 1), yamlLineStarts.count)
    let index = min(yamlLineStarts[yamlLine - 1] + max(column, 1) - 1, scalars.count)
    var low = 0
    var high = editorLineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if editorLineStarts[middle] <= index { low = middle } else { high = middle - 1 }
    }
    return (low + 1, index - editorLineStarts[low] + 1)
  }
}
