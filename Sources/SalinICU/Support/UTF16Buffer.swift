internal import CICU

/// Runs an ICU function that writes UTF-16 into a caller's buffer and returns the result.
///
/// Tries `initialCapacity` first and, on `U_BUFFER_OVERFLOW_ERROR`, retries once at the length
/// ICU reported. An exact fit yields `U_STRING_NOT_TERMINATED_WARNING`, which is a success: the
/// result is taken by length, never by a trailing NUL.
func withUTF16Buffer(
  initialCapacity: Int32 = 64,
  _ fill: (UnsafeMutablePointer<UChar>?, Int32, inout UErrorCode) -> Int32
) throws -> String {
  var status = U_ZERO_ERROR
  var buffer = [UChar](repeating: 0, count: Int(initialCapacity))
  var length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress, initialCapacity, &status) }
  if status == U_BUFFER_OVERFLOW_ERROR {
    status = U_ZERO_ERROR
    buffer = [UChar](repeating: 0, count: Int(length))
    length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress, length, &status) }
  }
  try status.check()
  return String(decoding: buffer[..<Int(length)], as: UTF16.self)
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
