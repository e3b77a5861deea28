internal import CICU

/// Runs an ICU function that writes UTF-16 into a caller's buffer and returns the result.
///
/// Tries `initialCapacity` first and, on `U_BUFFER_OVERFLOW_ERROR`, retries once at the length
/// ICU reported (`initialCapacity: 0` makes the first call a pure preflight). An exact fit yields
/// `U_STRING_NOT_TERMINATED_WARNING`, which is a success: the result is taken by length, never by
/// a trailing NUL. Both buffers are temporary allocations (on the stack up to 1 KiB) and the
/// result is converted to UTF-8 by ICU (`String(utf16Units:)`): this runs for every ICU value in
/// every formatted message.
func withUTF16Buffer(
  initialCapacity: Int32 = 64,
  _ fill: (UnsafeMutablePointer<UChar>?, Int32, inout UErrorCode) -> Int32
) throws -> String {
  try withUnsafeTemporaryAllocation(of: UChar.self, capacity: Int(initialCapacity)) { buffer in
    var status = U_ZERO_ERROR
    let length = fill(buffer.baseAddress, initialCapacity, &status)
    guard status == U_BUFFER_OVERFLOW_ERROR else {
      try status.check()
      return String(utf16Units: UnsafeBufferPointer(start: buffer.baseAddress, count: Int(length)))
    }
    return try withUnsafeTemporaryAllocation(of: UChar.self, capacity: Int(length)) { larger in
      var status = U_ZERO_ERROR
      let written = fill(larger.baseAddress, length, &status)
      try status.check()
      return String(utf16Units: UnsafeBufferPointer(start: larger.baseAddress, count: Int(written)))
    }
  }
}

/// Runs an ICU function that writes a `char` string (a locale ID, a tag) and returns it.
func withCharBuffer(
  capacity: Int32 = 157,  // ULOC_FULLNAME_CAPACITY
  _ fill: (UnsafeMutablePointer<CChar>?, Int32, inout UErrorCode) -> Int32
) throws -> String {
  var status = U_ZERO_ERROR
  var buffer = [CChar](repeating: 0, count: Int(capacity) + 1)
  let length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress, capacity, &status) }
  try status.check()
  return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Runs an ICU function that writes UTF-16 into a caller's buffer and hands `body` the result
/// as UTF-8.
///
/// No `String` is made: for callers that copy the text straight into a buffer of
/// their own (a message being built). Buffers as `withUTF16Buffer`'s.
func withUTF8Result(
  initialCapacity: Int32 = 64,
  _ fill: (UnsafeMutablePointer<UChar>?, Int32, inout UErrorCode) -> Int32,
  _ body: (UnsafeRawBufferPointer) -> Void
) throws {
  try withUnsafeTemporaryAllocation(of: UChar.self, capacity: Int(initialCapacity)) { buffer in
    var status = U_ZERO_ERROR
    let length = fill(buffer.baseAddress, initialCapacity, &status)
    guard status == U_BUFFER_OVERFLOW_ERROR else {
      try status.check()
      emitUTF8(UnsafeBufferPointer(start: buffer.baseAddress, count: Int(length)), body)
      return
    }
    try withUnsafeTemporaryAllocation(of: UChar.self, capacity: Int(length)) { larger in
      var status = U_ZERO_ERROR
      let written = fill(larger.baseAddress, length, &status)
      try status.check()
      emitUTF8(UnsafeBufferPointer(start: larger.baseAddress, count: Int(written)), body)
    }
  }
}

/// Converts UTF-16 to UTF-8 in a temporary buffer and hands it to `body`; unpaired surrogates
/// become U+FFFD, as in `String(utf16Units:)`.
private func emitUTF8(
  _ units: UnsafeBufferPointer<UInt16>, _ body: (UnsafeRawBufferPointer) -> Void
) {
  guard let source = units.baseAddress, !units.isEmpty else { return }
  withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 3) { bytes in
    if units.allSatisfy({ $0 < 0x80 }) {
      for index in units.indices { bytes[index] = UInt8(truncatingIfNeeded: units[index]) }
      body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<units.count])))
      return
    }
    var length: Int32 = 0
    var status = U_ZERO_ERROR
    bytes.withMemoryRebound(to: CChar.self) {
      _ = u_strToUTF8WithSub(
        $0.baseAddress, Int32($0.count), &length, source, Int32(units.count), 0xFFFD, nil, &status)
    }
    if status.isSuccess {
      body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<Int(length)])))
    } else {
      var text = String(decoding: units, as: UTF16.self)
      text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
  }
}
