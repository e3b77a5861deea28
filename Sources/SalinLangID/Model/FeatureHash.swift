/// The hash that keys every word and character n-gram in a language model.
///
/// Convention: a feature is a sequence of lower-cased Unicode scalar values; its hash is 64-bit
/// FNV-1a taken over whole scalar values (`h = (h ^ value) &* prime`, starting from the FNV
/// offset basis), then mixed by the `fmix64` finaliser of MurmurHash3 so that both halves are
/// uniform. The low bits choose a table slot and the high 32 bits are the stored fingerprint.
/// Words are hashed first scalar to last; character n-grams last scalar to first, so that the
/// scorer extends one hash leftwards to get every n-gram ending at a position.
/// `docs/langid.md` gives the same definition; changing it is a format version change.
enum FeatureHash {
  /// The FNV-1a 64-bit offset basis.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The FNV-1a 64-bit prime.
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Extends a hash by one scalar value.
  @inline(__always)
  static func combine(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* prime
  }

  /// The finaliser applied before a hash is used as a table key.
  @inline(__always)
  static func finish(_ hash: UInt64) -> UInt64 {
    var h = hash
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h = h &* 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }

  /// The finished hash of a whole sequence of scalar values.
  static func hash<S: Sequence<UInt32>>(_ values: S) -> UInt64 {
    var h = seed
    for value in values { h = combine(h, value) }
    return finish(h)
  }
}
