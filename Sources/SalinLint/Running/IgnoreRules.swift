import Foundation

/// The patterns of a `.gitignore` or `.salinignore`, relative to the folder that holds it.
///
/// Supports what matters for finding documents: comments, blank lines, `!` negation, a trailing
/// `/` for folders, and patterns anchored by a `/` (otherwise matched at any depth).
struct IgnoreRules: Sendable {
  struct Rule: Sendable {
    let glob: Glob
    let negated: Bool
    let directoryOnly: Bool
  }

  let base: String
  let rules: [Rule]

  /// Reads `.gitignore` and `.salinignore` in a folder, or returns `nil` if neither exists.
  static func load(in directory: String) -> IgnoreRules? {
    var rules: [Rule] = []
    for name in [".gitignore", ".salinignore"] {
      guard let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else {
        continue
      }
      for rawLine in text.split(separator: "\n") {
        var line = rawLine.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, !line.hasPrefix("#") else { continue }
        var negated = false
        if line.hasPrefix("!") {
          negated = true
          line.removeFirst()
        }
        var directoryOnly = false
        if line.hasSuffix("/") {
          directoryOnly = true
          line.removeLast()
        }
        // A pattern with a slash other than at the end is anchored to this folder.
        if line.contains("/"), !line.hasPrefix("/") { line = "/" + line }
        rules.append(Rule(glob: Glob(line), negated: negated, directoryOnly: directoryOnly))
      }
    }
    return rules.isEmpty ? nil : IgnoreRules(base: directory, rules: rules)
  }

  /// Whether a path under `base` is ignored; later rules override earlier ones.
  func ignores(_ path: String, isDirectory: Bool) -> Bool {
    let prefix = base.hasSuffix("/") ? base : base + "/"
    guard path.hasPrefix(prefix) else { return false }
    let relative = String(path.dropFirst(prefix.count))
    var ignored = false
    for rule in rules where !rule.directoryOnly || isDirectory {
      if rule.glob.matches(relative) { ignored = !rule.negated }
    }
    return ignored
  }
}
