public import SalinCore

/// Why an interchange file could not be read, written or imported: one line naming
/// `file:line:column`, what is wrong and what to do.
public struct InterchangeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where; the position is 1:1 when the problem is the file as a whole.
  public var location: SourceLocation
  /// What is wrong.
  public var message: String

  /// Makes an error.
  /// - Parameters:
  ///   - location: Where.
  ///   - message: What is wrong and what to do.
  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// Makes an error at a line and column.
  /// - Parameters:
  ///   - path: The file.
  ///   - line: The line, 1-based.
  ///   - column: The column in scalars, 1-based.
  ///   - message: What is wrong.
  public init(path: String, line: Int = 1, column: Int = 1, _ message: String) {
    self.init(SourceLocation(file: path, line: line, column: column), message)
  }

  /// `file:line:column: error: message`.
  public var description: String { "\(location): error: \(message)" }
}
