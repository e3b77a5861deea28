extension TextUnit {
  /// A piece of a text unit variant: literal text or a placeholder.
  public enum Segment: Hashable, Sendable {
    /// Literal text, with `{{` and `}}` already turned into single braces.
    case literal(String)
    /// A placeholder `{name}`.
    case placeholder(String)
  }

  /// Splits a variant into literal text and `{name}` placeholders.
  ///
  /// A name is letters, digits, `-` and `_`; a brace that does not open such a name is kept
  /// as literal text, so prose with stray braces survives.
  /// - Parameter variant: The variant's text.
  /// - Returns: The segments, in order, with adjacent literals merged.
  public static func segments(of variant: String) -> [Segment] {
    var segments: [Segment] = []
    var literal = ""
    var index = variant.startIndex
    while index < variant.endIndex {
      let character = variant[index]
      let next = variant.index(after: index)
      if (character == "{" || character == "}"), next < variant.endIndex, variant[next] == character {
        literal.append(character)
        index = variant.index(after: next)
        continue
      }
      if character == "{", let close = variant[next...].firstIndex(of: "}") {
        let name = variant[next..<close]
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
          if !literal.isEmpty { segments.append(.literal(literal)) }
          literal = ""
          segments.append(.placeholder(String(name)))
          index = variant.index(after: close)
          continue
        }
      }
      literal.append(character)
      index = next
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    return segments
  }

  /// The placeholder names a variant uses, in order of first use.
  /// - Parameter variant: The variant's text.
  /// - Returns: The names.
  public static func placeholders(in variant: String) -> [String] {
    var seen: [String] = []
    for case .placeholder(let name) in segments(of: variant) where !seen.contains(name) {
      seen.append(name)
    }
    return seen
  }
}
