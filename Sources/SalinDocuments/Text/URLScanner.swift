/// Finds bare URLs in text so readers can leave them out: `https://state.gov/…` is not English.
enum URLScanner {
  private static let prefixes: [[UInt8]] = ["https://", "http://", "www."].map { Array($0.utf8) }

  /// The byte ranges of the URLs inside a range of bytes, in order.
  static func urls(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") else {
        index += 1
        continue
      }
      let atBoundary = index == range.lowerBound || !isWordByte(bytes[index - 1])
      guard atBoundary,
        prefixes.contains(where: { prefix in
          index + prefix.count <= range.upperBound
            && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
        })
      else {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound, !isURLTerminator(bytes[end]) { end += 1 }
      while end > index, ".,;:!?)]'\"".utf8.contains(bytes[end - 1]) { end -= 1 }
      found.append(index..<end)
      index = max(end, index + 1)
    }
    return found
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  private static func isURLTerminator(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "|")
  }
}

extension SegmentBuilder {
  /// Appends source bytes verbatim, with each bare URL in them replaced by one unmapped space.
  mutating func appendSourceSkippingURLs(_ range: Range<Int>, bytes: [UInt8]) {
    var cursor = range.lowerBound
    for url in URLScanner.urls(in: bytes, range: range) {
      appendSource(cursor..<url.lowerBound)
      appendUnmapped(" ")
      cursor = url.upperBound
    }
    appendSource(cursor..<range.upperBound)
  }
}
