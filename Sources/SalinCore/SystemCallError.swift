import Foundation

/// A failed system call, as the C library describes it (`strerror(errno)`).
///
/// The lower layers that call the system directly throw this; the writers above them say which
/// file and what to do, in their own error types.
package struct SystemCallError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The C library's text for the error, such as `Permission denied`.
  package let description: String

  /// The error the last failed call left in `errno`.
  ///
  /// Made at once after the failing call: a later call (even `close`) may change `errno`.
  package init() {
    description = String(cString: strerror(errno))
  }
}
