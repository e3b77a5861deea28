import SalinCore

/// A locale data file (`locales/data/words.yaml`) that cannot be read: where, and what to do.
struct LocaleDataError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  let location: SourceLocation
  /// What is wrong and how to fix it.
  let message: String

  /// Makes an error.
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - location: Where.
  init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// `file:line:column: error: message`.
  var description: String { "\(location): error: \(message)" }
}
