/// A shell-style path pattern from a config file: `*` matches within a folder, `**` across folders,
/// `?` one character.
///
/// A pattern without `/` matches the file name at any depth, as in `.gitignore`.
public struct Glob: Hashable, Sendable {
  /// The pattern as written.
  public let pattern: String

  /// Makes a glob.
  /// - Parameter pattern: The pattern, such as `docs/ko/**` or `*.tl.md`.
  public init(_ pattern: String) { self.pattern = pattern }

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
    return Self.match(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
  }

  private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int)
    -> Bool
  {
    if i == p.count { return j == s.count }
    if p[i] == "*" {
      if i + 1 < p.count, p[i + 1] == "*" {
        // `**/` matches zero or more folders; a trailing `**` matches everything.
        var next = i + 2
        if next < p.count, p[next] == "/" { next += 1 }
        var k = j
        while true {
          if match(p, next, s, k) { return true }
          guard k < s.count else { return false }
          if next > i + 2 {
            // Skip one whole folder.
            guard let slash = s[k...].firstIndex(of: "/") else { return false }
            k = slash + 1
          } else {
            k += 1
          }
        }
      }
      var k = j
      while true {
        if match(p, i + 1, s, k) { return true }
        guard k < s.count, s[k] != "/" else { return false }
        k += 1
      }
    }
    guard j < s.count else { return false }
    if p[i] == "?" { return s[j] != "/" && match(p, i + 1, s, j + 1) }
    return p[i] == s[j] && match(p, i + 1, s, j + 1)
  }
}
