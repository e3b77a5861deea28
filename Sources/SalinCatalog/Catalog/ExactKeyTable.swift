/// A read-only table from strings, each in a numbered space (a language), to values that finds
/// a key by its exact UTF-8 bytes, for the lookup every `Catalogs.message` call makes.
///
/// A `[String: …]` lookup hashes every byte of a 20–50-byte dotted key with SipHash and compares
/// by canonical equivalence through several layers: about 450 instructions, more than the rest
/// of returning a label. Here a key's bytes are mixed a word at a time into a 64-bit digest,
/// probed in an open-addressing table and compared a word at a time. Byte equality is stricter
/// than `String`'s canonical equivalence, so a miss must fall back to a `String` dictionary.
///
/// A class, so that reaching the table retains one reference rather than its arrays, with one
/// table for every language. `Sendable` notes: immutable after `init`; the values are `Sendable`.
final class ExactKeyTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    let digest: UInt64
    let space: Int
    let start: Int
    let count: Int
  }
  /// Every key's UTF-8 bytes, one after another.
  private let bytes: [UInt8]
  private let entries: [Entry]
  /// The entries' values, apart so that probing copies (and retains) none.
  private let values: [Value]
  /// Per table position, an index into `entries`, or -1; a power of two at most half full.
  private let positions: [Int32]

  /// Builds the table.
  /// - Parameter items: Spaces, keys and their values; keys are distinct within a space.
  init(_ items: some Sequence<(space: Int, key: String, value: Value)>) {
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var values: [Value] = []
    for (space, key, value) in items {
      let start = bytes.count
      bytes.append(contentsOf: key.utf8)
      let digest = bytes[start...].withUnsafeBytes { Self.mix($0, space: space) }
      entries.append(Entry(digest: digest, space: space, start: start, count: bytes.count - start))
      values.append(value)
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
    self.values = values
    self.positions = positions
  }

  /// The value of the key whose bytes are exactly `key`'s in a space, if any.
  /// - Parameters:
  ///   - key: The key.
  ///   - space: The space the key was added in.
  /// - Returns: The value, or `nil`.
  func value(for key: String, in space: Int) -> Value? {
    index(of: key, in: space).map { values[$0] }
  }

  /// The position of the key whose bytes are exactly `key`'s in a space, if any.
  private func index(of key: String, in space: Int) -> Int? {
    key.utf8.withContiguousStorageIfAvailable { find(UnsafeRawBufferPointer($0), space) }
      ?? Array(key.utf8).withUnsafeBytes { find($0, space) }
  }

  private func find(_ key: UnsafeRawBufferPointer, _ space: Int) -> Int? {
    let digest = Self.mix(key, space: space)
    // Through buffer pointers: every index comes from the table itself, so the arrays' bounds
    // checks (and their retains) are the only work they would add.
    return positions.withUnsafeBufferPointer { positions in
      entries.withUnsafeBufferPointer { entries in
        bytes.withUnsafeBytes { bytes in
          let mask = positions.count - 1
          var position = Int(truncatingIfNeeded: digest) & mask
          while true {
            let index = Int(positions[position])
            guard index >= 0 else { return nil }
            let entry = entries[index]
            if entry.digest == digest, entry.space == space, entry.count == key.count,
              let base = bytes.baseAddress,
              Self.equal(UnsafeRawBufferPointer(start: base + entry.start, count: entry.count), key)
            {
              return index
            }
            position = (position + 1) & mask
          }
        }
      }
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

  /// A 64-bit mix of the space and the bytes, a word at a time (multiply and fold, as in
  /// splitmix64).
  private static func mix(_ bytes: UnsafeRawBufferPointer, space: Int) -> UInt64 {
    let seed = UInt64(bytes.count) ^ (UInt64(truncatingIfNeeded: space) << 32)
    var hash = seed &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
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

extension ExactKeyTable where Value: AnyObject {
  /// Runs `body` with the value of the key whose bytes are exactly `key`'s in a space, lent
  /// without retaining it (the table holds it for its lifetime, and `self` is alive for the
  /// call): returning the value retained and released it, two atomic operations per message.
  /// - Parameters:
  ///   - key: The key.
  ///   - space: The space the key was added in.
  ///   - body: What to do with the value.
  /// - Returns: `body`'s result, or `nil` when the key is not in the table.
  /// - Throws: What `body` throws.
  func withValue<Result, Failure: Error>(
    for key: String, in space: Int, _ body: (Value) throws(Failure) -> Result
  ) throws(Failure) -> Result? {
    guard let index = index(of: key, in: space) else { return nil }
    let object = values.withUnsafeBufferPointer { Unmanaged.passUnretained($0[index]) }
    return try object.withBorrowed(body)
  }
}

extension Unmanaged {
  /// Runs `body` with the object, not retained for the call (the caller keeps it alive).
  /// - Parameter body: What to do with the object.
  /// - Returns: `body`'s result.
  /// - Throws: What `body` throws.
  @inline(__always)
  func withBorrowed<Result, Failure: Error>(
    _ body: (Instance) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    // `_withUnsafeGuaranteedRef` rethrows untyped errors: the only one `body` can throw is a
    // `Failure` (boxed only on that path).
    do {
      return try _withUnsafeGuaranteedRef { object in try body(object) }
    } catch let error as Failure {
      throw error
    } catch {
      preconditionFailure("body threw \(error), not a \(Failure.self)")
    }
  }
}
