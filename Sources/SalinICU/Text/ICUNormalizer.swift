internal import CICU

/// Unicode normalization to NFC (`unorm2_*`).
///
/// The `UNormalizer2` comes from `unorm2_getNFCInstance`, a singleton that ICU owns and that must
/// never be closed; unorm2.h: "The instance ... must not be deleted". Normalizing with it is
/// thread-safe: it is immutable after loading.
package enum ICUNormalizer {
  /// Composes a text to Normalization Form C.
  /// - Parameter s: The text to normalize.
  /// - Returns: The text in NFC; the same string when it already is.
  /// - Throws: `ICUError` if ICU cannot load its normalization data.
  package static func nfc(_ s: String) throws -> String {
    if isNFC(s) { return s }
    let normalizer = try nfcInstance()
    let units = Array(s.utf16)
    return try withUTF16Buffer(initialCapacity: Int32(units.count)) { buffer, capacity, status in
      unorm2_normalize(normalizer, units, Int32(units.count), buffer, capacity, &status)
    }
  }

  /// Whether a text is already in Normalization Form C (`unorm2_isNormalized`).
  ///
  /// ASCII text is NFC without asking ICU.
  /// - Parameter s: The text to check.
  /// - Returns: `true` if `nfc(s)` would return the same text; `false` also when ICU cannot
  ///   load its normalization data.
  package static func isNFC(_ s: String) -> Bool {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return true }
    guard let normalizer = try? nfcInstance() else { return false }
    let units = Array(s.utf16)
    var status = U_ZERO_ERROR
    let result = unorm2_isNormalized(normalizer, units, Int32(units.count), &status)
    return status.isSuccess && result != 0
  }

  /// ICU's NFC singleton; loading it the first time can fail if ICU's data is missing.
  private static func nfcInstance() throws -> OpaquePointer {
    var status = U_ZERO_ERROR
    let normalizer = unorm2_getNFCInstance(&status)
    try status.check()
    guard let normalizer else { throw U_MISSING_RESOURCE_ERROR.error }
    return normalizer
  }
}
