/// A YAML file that goes past one of ``YAMLLimits``, with the place where it did.
public struct YAMLLimitError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which limit, and its value.
  public enum Kind: Hashable, Sendable {
    /// Aliases would add more than this many nodes.
    case aliasedNodes(Int)
    /// Aliases would add more than this many bytes of text.
    case aliasedBytes(Int)
    /// Collections nest deeper than this.
    case depth(Int)
  }

  /// Which limit was passed.
  public let kind: Kind
  /// The 1-based line of the alias or collection that passed it.
  public let line: Int
  /// The 1-based column, in Unicode scalars.
  public let column: Int

  /// Makes an error.
  /// - Parameters:
  ///   - kind: Which limit was passed.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column.
  public init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }

  /// What went wrong and what to do, without the location (each loader prefixes its own).
  public var description: String {
    switch kind {
    case .aliasedNodes(let limit):
      "YAML aliases expand to more than \(limit.formatted) nodes (a \"billion laughs\" file?): "
        + "write the repeated part out or use fewer aliases"
    case .aliasedBytes(let limit):
      "YAML aliases expand to more than \(limit.formatted) bytes of text: write the repeated "
        + "text out or use fewer aliases"
    case .depth(let limit):
      "YAML nested deeper than \(limit) levels: flatten the structure"
    }
  }
}

extension Int {
  /// `10,000`: digits grouped by three, the same in every locale (messages are English).
  fileprivate var formatted: String {
    var digits = Array(String(self))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }
}
