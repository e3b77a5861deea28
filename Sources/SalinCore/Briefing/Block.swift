/// A block of a section's body.
public enum Block: Hashable, Sendable {
  /// A paragraph of runs.
  case paragraph([Inline])
  /// A bullet list; each item is a sequence of runs.
  case bulletList([[Inline]])
  /// A table.
  case table(Table)
}

/// A table whose column headers are catalog label keys and whose cells are runs.
public struct Table: Hashable, Sendable {
  /// The column headers, as label keys — never text.
  public var columns: [LabelKey]
  /// The body rows; each has one cell per column.
  public var rows: [[[Inline]]]

  /// Makes a table.
  /// - Parameters:
  ///   - columns: The column header keys.
  ///   - rows: The body rows, one cell per column.
  public init(columns: [LabelKey], rows: [[[Inline]]]) {
    self.columns = columns
    self.rows = rows
  }
}
