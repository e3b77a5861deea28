import SalinCore

/// A shell-style path pattern from a config file: `*` matches within a folder, `**` across folders,
/// `?` one character.
///
/// A pattern without `/` matches the file name at any depth, as in `.gitignore`.
///
/// Matched by stepping every place the pattern could have reached through the path at once (an
/// automaton), in time proportional to the pattern times the path: the recursive matcher it
/// replaces backtracked exponentially on `*a*a*a*a*b` and recursed once per character.
public struct Glob: Hashable, Sendable {
  /// The pattern as written.
  public let pattern: String

  /// Makes a glob.
  /// - Parameter pattern: The pattern, such as `docs/ko/**` or `*.tl.md`.
  public init(_ pattern: String) { self.pattern = pattern }

  /// What is wrong with a pattern for Salin's globs, or `nil`: an empty pattern, or syntax of other
  /// tools' globs (`[abc]`, `{md,txt}`, `\*`) that Salin would take literally, so the glob would
  /// silently match nothing.
  /// - Parameter pattern: The pattern as written.
  /// - Returns: A sentence for the user, or `nil` if the pattern is usable.
  public static func problem(in pattern: String) -> String? {
    if pattern.isEmpty { return "an empty glob matches nothing" }
    if let special = pattern.first(where: { "[]{}\\".contains($0) }) {
      return "glob '\(DisplayText.quoted(pattern))' uses '\(special)', which Salin's globs do not "
        + "have (only *, ** and ?): write one glob per pattern"
    }
    if pattern.contains("***") {
      return
        "glob '\(DisplayText.quoted(pattern))' has '***': use * within a folder or ** across folders"
    }
    return nil
  }

  /// Whether a path (relative to the config's folder, `/`-separated) matches.
  /// - Parameter path: The relative path.
  /// - Returns: `true` on a match.
  public func matches(_ path: String) -> Bool {
    var pattern = self.pattern
    if pattern.hasPrefix("/") {
      pattern.removeFirst()
    } else if !pattern.contains("/") {
      pattern = "**/" + pattern
    }
    if pattern.hasSuffix("/") { pattern += "**" }
    let states = Self.states(of: Array(pattern.unicodeScalars))
    var current = Self.closure([0], in: states)
    for scalar in path.unicodeScalars {
      var next: Set<Int> = []
      for index in current where index < states.count {
        switch states[index] {
        case .literal(let expected): if scalar == expected { next.insert(index + 1) }
        case .one: if scalar != "/" { next.insert(index + 1) }
        case .star: if scalar != "/" { next.insert(index) }
        case .anything: next.insert(index)
        case .folders: next.insert(scalar == "/" ? index : index + 1)
        case .inFolder: next.insert(scalar == "/" ? index - 1 : index)
        }
      }
      guard !next.isEmpty else { return false }
      current = Self.closure(next, in: states)
    }
    return current.contains(states.count)
  }

  /// One place in a pattern.
  private enum State {
    /// One given character.
    case literal(Unicode.Scalar)
    /// `?`: one character other than `/`.
    case one
    /// `*`: stays while it reads characters other than `/`; may be left without reading.
    case star
    /// A `**` not followed by `/`: stays while it reads anything; may be left without reading.
    case anything
    /// `**/`: whole folders, each ended by `/`; may be left without reading. Reading a name
    /// goes to the `inFolder` state after it.
    case folders
    /// Inside a folder name of `**/`: back to `folders` at its `/`.
    case inFolder
  }

  private static func states(of pattern: [Unicode.Scalar]) -> [State] {
    var states: [State] = []
    var index = 0
    while index < pattern.count {
      switch pattern[index] {
      case "*" where index + 1 < pattern.count && pattern[index + 1] == "*":
        if index + 2 < pattern.count, pattern[index + 2] == "/" {
          states += [.folders, .inFolder]
          index += 3
        } else {
          states.append(.anything)
          index += 2
        }
        continue
      case "*": states.append(.star)
      case "?": states.append(.one)
      default: states.append(.literal(pattern[index]))
      }
      index += 1
    }
    return states
  }

  /// The places reachable without reading: past any `*`, `**` or `**/` (which may match nothing).
  private static func closure(_ start: Set<Int>, in states: [State]) -> Set<Int> {
    var result = start
    var pending = Array(start)
    while let index = pending.popLast() {
      guard index < states.count else { continue }
      let skip: Int? =
        switch states[index] {
        case .star, .anything: index + 1
        case .folders: index + 2
        default: nil
        }
      if let skip, result.insert(skip).inserted { pending.append(skip) }
    }
    return result
  }
}
