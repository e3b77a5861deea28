/// Where bytes that should be UTF-8 stop being so, for error messages that say where to look.
public enum UTF8Validation {
  /// The position of the first byte that does not start a valid UTF-8 sequence.
  ///
  /// Every reader that refuses a non-UTF-8 file (documents, training text) names the same
  /// place: the line (LF, CRLF or a lone CR ends one), and the column counted in the scalars
  /// before the bad byte plus one.
  /// - Parameter bytes: A file's bytes.
  /// - Returns: The position, or `nil` if all of `bytes` is valid UTF-8.
  public static func firstInvalidPosition(in bytes: some Sequence<UInt8>) -> SourcePosition? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var line = 1
    var column = 1
    var utf16Column = 1
    var afterCR = false
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        // LF, CRLF and a lone CR each end a line, as the readers count them.
        defer { afterCR = scalar == "\r" }
        if scalar == "\n" && afterCR {
          continue
        } else if scalar == "\n" || scalar == "\r" {
          line += 1
          column = 1
          utf16Column = 1
        } else {
          column += 1
          utf16Column += UTF16.width(scalar)
        }
      case .emptyInput:
        return nil
      case .error:
        return SourcePosition(
          utf8Offset: offset, line: line, column: column, utf16Column: utf16Column)
      }
    }
  }

  /// The position of a byte offset, counted as ``firstInvalidPosition(in:)`` counts: for a
  /// reader that names a byte it refuses (a NUL) before it has indexed the lines.
  /// - Parameters:
  ///   - offset: A byte offset into `bytes`.
  ///   - bytes: A file's bytes.
  /// - Returns: The line, the column (scalars before it on its line, plus one) and the offset.
  public static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
    var line = 1
    var column = 1
    var utf16Column = 1
    var index = 0
    while index < min(offset, bytes.count) {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        column = 1
        utf16Column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
        utf16Column += byte >= 0xF0 ? 2 : 1
      }
      index += 1
    }
    return SourcePosition(utf8Offset: offset, line: line, column: column, utf16Column: utf16Column)
  }
}
