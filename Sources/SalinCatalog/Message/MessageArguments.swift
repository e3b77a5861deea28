/// A message's arguments as a short list of names and values, in the order they were added.
///
/// For callers that build arguments for every call, as a renderer does: a message has a handful
/// of arguments, and filling a list costs one allocation where a `[String: MessageArgument]`
/// hashes every name into a new table. The message looks a name up by comparing it with each
/// name in turn, as it does for a dictionary of eight or fewer.
package struct MessageArguments: Sendable {
  /// The arguments, in the order added.
  private var entries: [(name: String, value: MessageArgument)] = []

  /// An empty list with room for `capacity` arguments.
  /// - Parameter capacity: How many arguments will be added.
  package init(capacity: Int) {
    // A label has no arguments: an empty list allocates nothing.
    if capacity > 0 { entries.reserveCapacity(capacity) }
  }

  /// Adds an argument; a name added twice keeps its first value.
  /// - Parameters:
  ///   - value: The value.
  ///   - name: The placeholder name it fills.
  package mutating func append(_ value: MessageArgument, named name: String) {
    entries.append((name, value))
  }

  /// The number of arguments.
  package var count: Int { entries.count }
}

/// Where a message being formatted finds its arguments by name.
protocol MessageArgumentLookup {
  /// The argument named `name`, or `nil`.
  func argument(named name: String) -> MessageArgument?
}

extension MessageArguments: MessageArgumentLookup {
  func argument(named name: String) -> MessageArgument? {
    for entry in entries where entry.name == name { return entry.value }
    return nil
  }
}

extension Dictionary: MessageArgumentLookup where Key == String, Value == MessageArgument {
  func argument(named name: String) -> MessageArgument? {
    // A message reads a handful of arguments: comparing names (short names are stored inline
    // and compare as two words) costs less than hashing one. Same equality as the dictionary's.
    if count <= 8 {
      for (candidate, value) in self where candidate == name { return value }
      return nil
    }
    return self[name]
  }
}
