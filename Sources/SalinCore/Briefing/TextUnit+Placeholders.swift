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
    var segments: [Segment] = []
    var literal: [UInt8] = []
    func flush() {
      if !literal.isEmpty { segments.append(.literal(String(decoding: literal, as: UTF8.self))) }
      literal.removeAll(keepingCapacity: true)
    }
    let units = Array(variant.utf8)
    scan(units) { token in
      switch token {
      case .byte(let index): literal.append(units[index])
      case .escapedBrace(let index): literal.append(units[index])
      case .placeholder(let range):
        flush()
        segments.append(
          .placeholder(
            String(decoding: units[(range.lowerBound + 1)..<(range.upperBound - 1)], as: UTF8.self))
        )
      }
    }
    flush()
    return segments
  }

  /// Where the placeholders of a variant are written: the UTF-8 offsets of each `{name}`, braces
  /// included, by the same rules as `segments(of:)` (a doubled brace is no placeholder).
  /// - Parameter variant: The variant's text.
  /// - Returns: The ranges, in order.
  public static func placeholderRanges(in variant: String) -> [Range<Int>] {
    guard hasBrace(variant) else { return [] }
    var ranges: [Range<Int>] = []
    scan(Array(variant.utf8)) { token in
      if case .placeholder(let range) = token { ranges.append(range) }
    }
    return ranges
  }

  /// What the scanner finds at each point of a variant's bytes.
  private enum Token {
    /// A byte of literal text, at this offset.
    case byte(Int)
    /// `{{` or `}}` at this offset: one literal brace.
    case escapedBrace(Int)
    /// `{name}`, braces included.
    case placeholder(Range<Int>)
  }

  /// The one reading of a variant's braces, shared by `segments(of:)` and `placeholderRanges(in:)`.
  private static func scan(_ units: [UInt8], _ body: (Token) -> Void) {
    // Braces and name characters are ASCII, so byte offsets never split a scalar.
    var index = 0
    while index < units.count {
      let byte = units[index]
      if byte == openBrace || byte == closeBrace, index + 1 < units.count, units[index + 1] == byte
      {
        body(.escapedBrace(index))
        index += 2
        continue
      }
      if byte == openBrace {
        var end = index + 1
        while end < units.count, isNameByte(units[end]) { end += 1 }
        if end > index + 1, end < units.count, units[end] == closeBrace {
          body(.placeholder(index..<(end + 1)))
          index = end + 1
          continue
        }
      }
      body(.byte(index))
      index += 1
    }
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
