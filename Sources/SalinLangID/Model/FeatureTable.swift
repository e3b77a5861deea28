/// An open-addressing hash table from feature hashes to one quantised log-probability per
/// language, laid out exactly as it is stored in a model file.
///
/// Slots are found by linear probing from `hash & mask`; a slot's key is the upper 32 bits of the
/// finished hash (never 0, which marks an empty slot). The table is immutable once built, so it
/// is `Sendable` and is shared by every thread that identifies languages.
struct FeatureTable: Sendable, Equatable {
  /// The quantised value that means "this language has no entry for the feature".
  static let absent: UInt8 = 255

  /// Values stored per slot: one per language of the model.
  let width: Int
  /// `capacity - 1`; the capacity is a power of two.
  let mask: Int
  /// One fingerprint per slot; 0 is an empty slot.
  let keys: [UInt32]
  /// `width` quantised values per slot.
  let values: [UInt8]

  /// The number of slots.
  var capacity: Int { keys.count }
  /// The number of occupied slots.
  var count: Int { keys.reduce(0) { $1 == 0 ? $0 : $0 + 1 } }

  init(width: Int, keys: [UInt32], values: [UInt8]) {
    self.width = width
    self.mask = keys.count - 1
    self.keys = keys
    self.values = values
  }

  /// Builds a table from entries; the layout depends only on the entries, not on their order.
  /// - Parameters:
  ///   - width: The number of values per entry.
  ///   - entries: Finished hashes and their values (`width` each).
  ///   - maxLoad: The largest fraction of occupied slots.
  init(width: Int, entries: [(hash: UInt64, values: [UInt8])], maxLoad: Double = 0.8) {
    var capacity = 16
    while Double(entries.count) > Double(capacity) * maxLoad { capacity *= 2 }
    var keys = [UInt32](repeating: 0, count: capacity)
    var values = [UInt8](repeating: FeatureTable.absent, count: capacity * width)
    // Insert in hash order so that probing, and so the bytes, never depend on input order.
    for entry in entries.sorted(by: { $0.hash < $1.hash }) {
      let key = FeatureTable.fingerprint(entry.hash)
      var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      for i in 0..<width { values[slot * width + i] = entry.values[i] }
    }
    self.init(width: width, keys: keys, values: values)
  }

  /// The stored fingerprint of a finished hash.
  @inline(__always)
  static func fingerprint(_ hash: UInt64) -> UInt32 {
    let key = UInt32(truncatingIfNeeded: hash >> 32)
    return key == 0 ? 1 : key
  }

  /// The slot that holds a feature, or `nil` if the table has none.
  @inline(__always)
  func slot(of hash: UInt64) -> Int? {
    let key = FeatureTable.fingerprint(hash)
    return keys.withUnsafeBufferPointer { keys in
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let stored = keys[slot]
        if stored == key { return slot }
        if stored == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The quantised value of a language at a slot.
  @inline(__always)
  func value(at slot: Int, language: Int) -> UInt8 {
    values.withUnsafeBufferPointer { $0[slot * width + language] }
  }
}
