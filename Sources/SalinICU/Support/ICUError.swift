internal import CICU

/// An ICU status code that signals failure.
///
/// Stores the raw `UErrorCode` number rather than the C type: under `internal import CICU` no
/// `package` signature may name a C type, which keeps ICU inside this module.
package struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ICU's `UErrorCode` value.
  package let rawValue: Int32

  init(_ status: UErrorCode) { rawValue = status.rawValue }

  /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  package var description: String {
    String(cString: u_errorName(UErrorCode(rawValue: rawValue)))
  }
}

extension UErrorCode {
  /// Warnings (negative codes) count as success, as in ICU's own `U_SUCCESS`.
  var isSuccess: Bool { rawValue <= U_ZERO_ERROR.rawValue }

  func check() throws(ICUError) {
    guard isSuccess else { throw ICUError(self) }
  }
}
