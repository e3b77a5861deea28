/// A read-only table from strings to values that finds a key by its exact UTF-8 bytes, for the
/// lookup every `Catalogs.message` call makes.
///
/// A `[String: …]` lookup hashes every byte of a 20–50-byte dotted key with SipHash and compares
/// by canonical equivalence through several layers: about 450 instructions, more than the rest
/// of returning a label. Here a key's bytes are mixed a word at a time into a 64-bit digest,
/// probed in an open-addressing table and compared a word at a time. Byte equality is stricter
/// than `String`'s canonical equivalence, so a miss must fall back to a `String` dictionary.
///
/// A class, so that finding a table in an array retains one reference rather than its three
/// arrays. `Sendable` notes: immutable after `init`, and the values are `Sendable`.
final class ExactKeyTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    let digest: UInt64
    let start: Int
    let count: Int
    let value: Value
  }
  /// Every key's UTF-8 bytes, one after another.
  private let bytes: [UInt8]
  private let entries: [Entry]
  /// Per table position, an index into `entries`, or -1; a power of two at most half full.
  private let positions: [Int32]

  /// Builds the table.
  /// - Parameter pairs: Keys and their values; keys are distinct.
  init(_ pairs: some Sequence<(String, Value)>) {
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    for (key, value) in pairs {
      let start = bytes.count
      bytes.append(contentsOf: key.utf8)
      let digest = bytes[start...].withUnsafeBytes { Self.mix($0) }
      entries.append(Entry(digest: digest, start: start, count: bytes.count - start, value: value))
    }
    var size = 8
    while size < entries.count * 2 { size *= 2 }
    var positions = [Int32](repeating: -1, count: size)
    for (index, entry) in entries.enumerated() {
      var position = Int(truncatingIfNeeded: entry.digest) & (size - 1)
      while positions[position] >= 0 { position = (position + 1) & (size - 1) }
      positions[position] = Int32(index)
    }
    self.bytes = bytes
    self.entries = entries
    self.positions = positions
  }

  /// The value of the key whose bytes are exactly `key`'s, if any.
  func value(for key: String) -> Value? {
    if let found = key.utf8.withContiguousStorageIfAvailable({ find(UnsafeRawBufferPointer($0)) }) {
      return found
    }
    return Array(key.utf8).withUnsafeBytes { find($0) }
  }

  private func find(_ key: UnsafeRawBufferPointer) -> Value? {
    let digest = Self.mix(key)
    let mask = positions.count - 1
    var position = Int(truncatingIfNeeded: digest) & mask
    while true {
      let index = Int(positions[position])
      guard index >= 0 else { return nil }
      let entry = entries[index]
      if entry.digest == digest, entry.count == key.count,
        bytes.withUnsafeBytes({
          Self.equal(UnsafeRawBufferPointer(rebasing: $0[entry.start...]), key)
        })
      {
        return entry.value
      }
      position = (position + 1) & mask
    }
  }

  /// Whether `stored` starts with `key`'s bytes (its length was checked), a word at a time.
  private static func equal(_ stored: UnsafeRawBufferPointer, _ key: UnsafeRawBufferPointer) -> Bool
  {
    var offset = 0
    while offset + 8 <= key.count {
      let word = key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      guard word == stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else {
        return false
      }
      offset += 8
    }
    while offset < key.count {
      guard key[offset] == stored[offset] else { return false }
      offset += 1
    }
    return true
  }

  /// A 64-bit mix of the bytes, a word at a time (multiply and fold, as in splitmix64).
  private static func mix(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    while offset + 8 <= bytes.count {
      hash =
        (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 29)
  }
}
