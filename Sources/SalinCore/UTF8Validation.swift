/// Where bytes that should be UTF-8 stop being so, for error messages that say where to look.
public enum UTF8Validation {
  /// The position of the first byte that does not start a valid UTF-8 sequence.
  ///
  /// Every reader that refuses a non-UTF-8 file (documents, training text) names the same
  /// place: the line, and the column counted in the scalars before the bad byte plus one.
  /// - Parameter bytes: A file's bytes.
  /// - Returns: The position, or `nil` if all of `bytes` is valid UTF-8.
  public static func firstInvalidPosition(in bytes: some Sequence<UInt8>) -> SourcePosition? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var line = 1
    var column = 1
    var utf16Column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
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
}
