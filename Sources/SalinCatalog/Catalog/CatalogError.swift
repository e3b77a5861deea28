public import SalinCore

/// Why a catalog could not be loaded or a message could not be formatted.
public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No catalog has the key in that language.
  case missingMessage(key: String, language: Language)
  /// The message reads an argument the caller did not pass.
  case missingArgument(name: String, key: String, language: Language)
  /// The argument has the wrong kind for its placeholder (a list where a number is needed).
  case wrongArgumentKind(name: String, key: String, expected: String, got: String)
  /// ICU could not format a value.
  case formattingFailed(key: String, name: String, reason: String)
  /// A spell-out rule set the language has nothing like.
  case unknownRuleSet(ruleSet: String, language: Language, available: [String])
  /// A message that breaks the message syntax.
  case invalidMessage(key: String, location: SourceLocation, problem: String)
  /// A YAML syntax error.
  case yamlSyntax(location: SourceLocation, problem: String)
  /// A catalog entry of the wrong shape (a number, a list, a mapping without `message`).
  case invalidEntry(location: SourceLocation, problem: String)
  /// A file past one of Salin's YAML limits (aliases, nesting; `docs/limits.md`): not read.
  case limitExceeded(location: SourceLocation, problem: String)
  /// A file that cannot be a catalog at all: unreadable, not UTF-8, empty, not a mapping.
  case unusableFile(path: String, reason: String)
  /// A locale tag ICU cannot use.
  case unknownLocale(tag: String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .missingMessage(let key, let language):
      "no \(language) message for '\(key)'"
    case .missingArgument(let name, let key, let language):
      "the \(language) message '\(key)' needs the argument '\(name)'"
    case .wrongArgumentKind(let name, let key, let expected, let got):
      "the argument '\(name)' of '\(key)' must be a \(expected), not a \(got)"
    case .formattingFailed(let key, let name, let reason):
      "cannot format the argument '\(name)' of '\(key)': \(reason)"
    case .unknownRuleSet(let ruleSet, let language, let available):
      "\(language) has no spell-out rule set like '\(ruleSet)' (it has "
        + available.joined(separator: ", ") + ")"
    case .invalidMessage(let key, let location, let problem):
      "\(location): message '\(key)': \(problem)"
    case .yamlSyntax(let location, let problem):
      "\(location): YAML syntax error: \(problem)"
    case .limitExceeded(let location, let problem):
      "\(location): \(problem)"
    case .invalidEntry(let location, let problem):
      "\(location): \(problem)"
    case .unusableFile(let path, let reason):
      "\(path): \(reason)"
    case .unknownLocale(let tag):
      "'\(tag)' is not a locale tag Salin can use"
    }
  }
}
