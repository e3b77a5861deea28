/// A formatted message's UTF-8 bytes, gathered in a caller's temporary buffer and made into one
/// `String` at the end.
///
/// A message is its literal text and values joined; appending each piece to a `String` cost
/// about 290 instructions a piece (uniqueness, capacity and flag checks, then the copy), more
/// than the rest of Salin's work on a short message. Here a piece is one copy into the buffer,
/// and the result is validated and copied once. Text beyond the buffer goes to an array.
struct MessageText {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var count = 0
  private var spilled: [UInt8] = []

  /// Starts an empty text in a buffer that outlives it.
  /// - Parameter buffer: Temporary storage, such as from `withUnsafeTemporaryAllocation`.
  init(in buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  /// Appends a string.
  mutating func append(_ text: String) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable {
      append(UnsafeRawBufferPointer($0))
    }
    if done == nil { Array(text.utf8).withUnsafeBytes { append($0) } }
  }

  /// Appends part of a string.
  mutating func append(_ text: Substring) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable {
      append(UnsafeRawBufferPointer($0))
    }
    if done == nil { Array(text.utf8).withUnsafeBytes { append($0) } }
  }

  /// Appends UTF-8 bytes, such as a value ICU wrote.
  mutating func append(utf8 bytes: UnsafeRawBufferPointer) { append(bytes) }

  private mutating func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if spilled.isEmpty, count + bytes.count <= buffer.count, let base = buffer.baseAddress {
      UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
      count += bytes.count
      return
    }
    if spilled.isEmpty { spilled.append(contentsOf: buffer[..<count]) }
    spilled.append(contentsOf: bytes)
  }

  /// The text as a string.
  func string() -> String {
    guard spilled.isEmpty else { return String(decoding: spilled, as: UTF8.self) }
    return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
  }
}
