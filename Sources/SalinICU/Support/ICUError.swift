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

  /// Whether ICU rejected what it was given (an illegal argument, a skeleton or pattern it cannot
  /// parse): an error naming what was given says it all.
  package var isRejection: Bool {
    switch rawValue {
    case U_ILLEGAL_ARGUMENT_ERROR.rawValue, U_NUMBER_SKELETON_SYNTAX_ERROR.rawValue,
      U_PATTERN_SYNTAX_ERROR.rawValue, U_INVALID_FORMAT_ERROR.rawValue,
      U_DECIMAL_NUMBER_SYNTAX_ERROR.rawValue:
      true
    default: false
    }
  }

  /// What the code means, in words a user can act on (`U_ILLEGAL_ARGUMENT_ERROR` printed as it
  /// was told a user nothing); ICU's name for a code without one here.
  package var explanation: String {
    switch rawValue {
    case U_ILLEGAL_ARGUMENT_ERROR.rawValue: "ICU rejects the value"
    case U_MISSING_RESOURCE_ERROR.rawValue: "ICU has no data for it in this locale"
    case U_NUMBER_SKELETON_SYNTAX_ERROR.rawValue: "the number skeleton is not valid"
    case U_DECIMAL_NUMBER_SYNTAX_ERROR.rawValue: "the value is not a number"
    case U_PATTERN_SYNTAX_ERROR.rawValue, U_INVALID_FORMAT_ERROR.rawValue:
      "the pattern is not valid"
    case U_UNSUPPORTED_ERROR.rawValue: "ICU does not support it"
    case U_INDEX_OUTOFBOUNDS_ERROR.rawValue: "a value is out of range"
    case U_MEMORY_ALLOCATION_ERROR.rawValue: "ICU ran out of memory"
    case U_BUFFER_OVERFLOW_ERROR.rawValue: "the result is too long"
    default: description
    }
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
