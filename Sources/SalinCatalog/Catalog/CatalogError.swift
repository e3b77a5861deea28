public import SalinCore

/// Why a catalog could not be loaded or a message could not be formatted.
///
/// Errors about an argument name the catalog file, line and column of its placeholder when the
/// message came from a file.
public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No catalog has the key in that language (or a language it falls back to).
  case missingMessage(key: String, language: Language)
  /// No locale's catalog has the key at all, with the key it was probably meant to be.
  case unknownKey(String, language: Language, suggestion: String?)
  /// The message reads an argument the caller did not pass.
  case missingArgument(
    name: String, key: String, language: Language, location: SourceLocation? = nil)
  /// The argument has the wrong kind for its placeholder (a list where a number is needed).
  case wrongArgumentKind(
    name: String, key: String, expected: String, got: String, location: SourceLocation? = nil)
  /// ICU could not format a value, or the value cannot be formatted as the placeholder says.
  case formattingFailed(key: String, name: String, reason: String, location: SourceLocation? = nil)
  /// A spell-out rule set the language has nothing like.
  case unknownRuleSet(
    ruleSet: String, language: Language, available: [String], location: SourceLocation? = nil)
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
  /// A locale tag ICU cannot use, or one with neither a catalog nor ICU locale data.
  case unknownLocale(tag: String)
  /// A time zone ICU does not know.
  case unknownTimeZone(String)

  /// A sentence for the user, on one line: control characters from the catalog (a line break
  /// in a message quoted back) are escaped.
  public var description: String { DisplayText.escapingControls(text) }

  private var text: String {
    switch self {
    case .missingMessage(let key, let language):
      "no \(language) message for '\(key)'"
    case .unknownKey(let key, let language, let suggestion):
      "no \(language) message for '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .missingArgument(let name, let key, let language, let location):
      at(location) + "the \(language) message '\(key)' needs the argument '\(name)'"
    case .wrongArgumentKind(let name, let key, let expected, let got, let location):
      at(location) + "the argument '\(name)' of '\(key)' must be a \(expected), not a \(got)"
    case .formattingFailed(let key, let name, let reason, let location):
      at(location) + "cannot format the argument '\(name)' of '\(key)': \(reason)"
    case .unknownRuleSet(let ruleSet, let language, let available, let location):
      at(location) + "\(language) has no spell-out rule set like '\(ruleSet)' (it has "
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
      "'\(tag)' is not a locale Salin can use: there is no catalog for it (or a language it "
        + "falls back to) and ICU has no locale data for it"
    case .unknownTimeZone(let zone):
      "'\(zone)' is not a time zone ICU knows (use an ID such as Asia/Manila, UTC or GMT+09:00)"
    }
  }

  private func at(_ location: SourceLocation?) -> String {
    location.map { "\($0): " } ?? ""
  }

  /// The same error at a location in a catalog file, for errors about an argument.
  func located(at location: SourceLocation?) -> CatalogError {
    guard let location else { return self }
    switch self {
    case .missingArgument(let name, let key, let language, nil):
      return .missingArgument(name: name, key: key, language: language, location: location)
    case .wrongArgumentKind(let name, let key, let expected, let got, nil):
      return .wrongArgumentKind(
        name: name, key: key, expected: expected, got: got, location: location)
    case .formattingFailed(let key, let name, let reason, nil):
      return .formattingFailed(key: key, name: name, reason: reason, location: location)
    case .unknownRuleSet(let ruleSet, let language, let available, nil):
      return .unknownRuleSet(
        ruleSet: ruleSet, language: language, available: available, location: location)
    default:
      return self
    }
  }
}
