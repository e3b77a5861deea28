/// A short fingerprint of the source text a translation was made from, so that a translation
/// made from an older source is seen to be stale.
///
/// The text is normalized to NFC first (the same normalization Swift's `==` compares with, from
/// the standard library: Core depends on nothing), so that `é` typed precomposed or as `e` and a
/// combining accent is the same source. The hash is 64-bit FNV-1a of the UTF-8 bytes, written as
/// 12 hex digits (48 bits): a change detector, not a security measure.
public enum SourceFingerprint {
  /// The fingerprint of a source text.
  /// - Parameter text: The source text as written.
  /// - Returns: 12 lowercase hex digits.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text._nfcCodeUnits {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    let hex = String(hash >> 16, radix: 16)
    return String(repeating: "0", count: 12 - hex.count) + hex
  }
}
