internal import CICU

/// An ICU status code that signals failure.
///
/// Stores the raw `UErrorCode` number rather than the C type: under `internal import CICU` no
/// `package` signature may name a C type, which keeps ICU inside this module. Internal members
/// must not name one either: a client that imports Foundation (whose `_FoundationICU` is ICU 76)
/// and uses a SalinICU type whose members mention `UErrorCode` or `UScriptCode` loads both
/// definitions and fails with "not present in definition of 'enum UErrorCode'". So conversions
/// from C types live in extensions of the C types (`status.error`), never in Salin's types.
package struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ICU's `UErrorCode` value.
  package let rawValue: Int32

  init(rawValue: Int32) { self.rawValue = rawValue }

  /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  package var description: String {
    String(cString: u_errorName(UErrorCode(rawValue: rawValue)))
  }
}

extension UErrorCode {
  /// Warnings (negative codes) count as success, as in ICU's own `U_SUCCESS`.
  var isSuccess: Bool { rawValue <= U_ZERO_ERROR.rawValue }

  /// The status as a Swift error.
  var error: ICUError { ICUError(rawValue: rawValue) }

  func check() throws(ICUError) {
    guard isSuccess else { throw error }
  }
}
