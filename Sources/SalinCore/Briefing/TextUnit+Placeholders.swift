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
  /// A name is ASCII letters, digits, `-` and `_`; a brace that does not open such a name is
  /// kept as literal text, so prose with stray braces survives.
  /// - Parameter variant: The variant's text.
  /// - Returns: The segments, in order, with adjacent literals merged.
  public static func segments(of variant: String) -> [Segment] {
    // Most prose has no braces: one scan of the bytes, and the variant is one literal.
    guard hasBrace(variant) else { return variant.isEmpty ? [] : [.literal(variant)] }
    let bytes = variant.utf8
    // Braces and name characters are ASCII, so byte offsets never split a scalar.
    let units = Array(bytes)
    var segments: [Segment] = []
    var literal: [UInt8] = []
    var index = 0
    func flush() {
      if !literal.isEmpty { segments.append(.literal(String(decoding: literal, as: UTF8.self))) }
      literal.removeAll(keepingCapacity: true)
    }
    while index < units.count {
      let byte = units[index]
      if byte == openBrace || byte == closeBrace, index + 1 < units.count, units[index + 1] == byte
      {
        literal.append(byte)
        index += 2
        continue
      }
      if byte == openBrace {
        var end = index + 1
        while end < units.count, isNameByte(units[end]) { end += 1 }
        if end > index + 1, end < units.count, units[end] == closeBrace {
          flush()
          segments.append(.placeholder(String(decoding: units[(index + 1)..<end], as: UTF8.self)))
          index = end + 1
          continue
        }
      }
      literal.append(byte)
      index += 1
    }
    flush()
    return segments
  }

  /// Whether the text has `{` or `}`, scanning contiguous UTF-8 directly when it can.
  private static func hasBrace(_ text: String) -> Bool {
    let scan: (UnsafeBufferPointer<UInt8>) -> Bool = { buffer in
      for byte in buffer where byte == openBrace || byte == closeBrace { return true }
      return false
    }
    if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
    var copy = text
    return copy.withUTF8(scan)
  }

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")

  /// ASCII letters, digits, `-` and `_`.
  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
      true
    default: false
    }
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
