internal import CICU

// Conversions between Swift's UTF-8 strings and ICU's UTF-16, done by ICU's own converters
// (`u_strToUTF8WithSub`, `u_strFromUTF8WithSub`). The standard library's
// `String(decoding:as: UTF16.self)` and `Array(text.utf16)` go through generic, unspecialised
// code (a parser witness call per code unit): they took about a quarter of a formatted message.

extension String {
  /// Makes a string from UTF-16 code units; an unpaired surrogate becomes U+FFFD, as in
  /// `String(decoding:as: UTF16.self)`, so results are the same text.
  /// - Parameter units: The code units, read by count (no trailing NUL needed).
  init(utf16Units units: UnsafeBufferPointer<UInt16>) {
    guard let source = units.baseAddress, !units.isEmpty else {
      self = ""
      return
    }
    // ASCII (numbers, dates and names in Latin script) is copied unit for byte, at its exact
    // size: up to 15 bytes that is a small string, stored inline without an allocation.
    if units.allSatisfy({ $0 < 0x80 }) {
      self.init(unsafeUninitializedCapacity: units.count) { utf8 in
        for index in units.indices { utf8[index] = UInt8(truncatingIfNeeded: units[index]) }
        return units.count
      }
      return
    }
    // A code unit takes at most 3 UTF-8 bytes (a surrogate pair: 2 units, 4 bytes).
    guard units.count <= Int(Int32.max) / 3 else {
      self = String(decoding: units, as: UTF16.self)
      return
    }
    var converted = true
    let text = String(unsafeUninitializedCapacity: units.count * 3) { utf8 in
      var length: Int32 = 0
      var status = U_ZERO_ERROR
      utf8.withMemoryRebound(to: CChar.self) {
        _ = u_strToUTF8WithSub(
          $0.baseAddress, Int32($0.count), &length, source, Int32(units.count), 0xFFFD, nil, &status
        )
      }
      converted = status.isSuccess
      return converted ? Int(length) : 0
    }
    self = converted ? text : String(decoding: units, as: UTF16.self)
  }

  /// Writes the string's UTF-16 code units into a buffer.
  /// - Parameter buffer: Room for at least `utf8.count` units: UTF-16 never needs more units
  ///   than UTF-8 needs bytes.
  /// - Returns: The number of units written.
  func writeUTF16(into buffer: UnsafeMutableBufferPointer<UInt16>) -> Int {
    var text = self
    return text.withUTF8 { utf8 in
      guard !utf8.isEmpty else { return 0 }
      precondition(buffer.count >= utf8.count, "UTF-16 buffer smaller than the UTF-8 length")
      var length: Int32 = 0
      var status = U_ZERO_ERROR
      utf8.withMemoryRebound(to: CChar.self) {
        _ = u_strFromUTF8WithSub(
          buffer.baseAddress, Int32(buffer.count), &length, $0.baseAddress, Int32($0.count), 0xFFFD,
          nil, &status)
      }
      // A Swift string is valid UTF-8 and the buffer is large enough: ICU cannot fail here.
      if status.isSuccess { return Int(length) }
      var count = 0
      for unit in self.utf16 {
        buffer[count] = unit
        count += 1
      }
      return count
    }
  }
}

/// Calls `body` with a string's UTF-16 code units in a temporary buffer (on the stack when
/// small), for ICU functions that take a `const UChar *` and a length.
/// - Parameters:
///   - text: The string.
///   - body: Reads the units; they are valid only during the call.
/// - Returns: What `body` returns.
func withUTF16<Result>(
  _ text: String, _ body: (UnsafeBufferPointer<UInt16>) throws -> Result
) rethrows -> Result {
  try withUnsafeTemporaryAllocation(of: UInt16.self, capacity: max(text.utf8.count, 1)) { buffer in
    let count = text.writeUTF16(into: buffer)
    return try body(UnsafeBufferPointer(start: buffer.baseAddress, count: count))
  }
}
