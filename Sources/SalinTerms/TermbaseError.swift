public import SalinCore

/// A termbase file that cannot be read, with where and what to do.
public struct TermbaseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  public let location: SourceLocation
  /// What is wrong and how to fix it.
  public let message: String

  /// Makes an error.
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - location: Where.
  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// `file:line:column: message`.
  public var description: String { "\(location): \(message)" }
}
