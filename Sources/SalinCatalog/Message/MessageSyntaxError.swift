import SalinCore

/// A message that does not follow the catalog's message syntax, with the offending column.
public struct MessageSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offset of the offending character in the message, in Unicode scalars from 0.
  public let offset: Int
  /// What is wrong, for a person.
  public let problem: String

  /// Makes an error.
  /// - Parameters:
  ///   - offset: The offset of the offending character in Unicode scalars, from 0.
  ///   - problem: What is wrong.
  public init(offset: Int, problem: String) {
    self.offset = offset
    self.problem = problem
  }

  /// `column N: problem`, counting from 1.
  public var description: String {
    DisplayText.escapingControls("column \(offset + 1): \(problem)")
  }
}
