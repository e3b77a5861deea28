public import SalinCore

/// Why a briefing could not be loaded or validated, with where in the file.
public struct BriefingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  public var location: SourceLocation
  /// What the problem is.
  public var reason: Reason
  /// Further problems found in the same pass, in file order: the content (title, lead, each
  /// section, sources) is read on past an error, so one run reports a problem in each part.
  public var additional: [BriefingError] = []

  /// Makes an error.
  /// - Parameters:
  ///   - reason: What it is.
  ///   - location: Where the problem is.
  public init(_ reason: Reason, at location: SourceLocation) {
    self.reason = reason
    self.location = location
  }

  /// The kinds of problem a briefing can have.
  public enum Reason: Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid YAML.
    case syntax(String)
    /// The file could not be read.
    case unreadable(String)
    /// The file is not UTF-8 (the location is its first bad byte).
    case invalidUTF8
    /// The file passes one of Salin's YAML limits (aliases, nesting); the text says which.
    case limitExceeded(String)
    /// The schema version is not one this build understands.
    case unsupportedSchemaVersion(Int)
    /// A required field is absent.
    case missingField(String)
    /// A field this schema does not define.
    case unknownField(String)
    /// A value of the wrong kind.
    case wrongType(field: String, expected: String)
    /// A value of the right kind but not allowed.
    case invalidValue(field: String, value: String, expected: String)
    /// A reference to an entity the briefing does not define.
    case unknownEntity(String)
    /// A reference to an entity of the wrong kind.
    case wrongEntityKind(id: String, expected: String, found: String)
    /// A fact path that names no fact.
    case unknownFact(String)
    /// A catalog key that no catalog defines (checked against catalogs at render time).
    case unknownLabelKey(String)
    /// An ID used twice.
    case duplicateID(String)
    /// A placeholder in a text unit variant without a binding.
    case unboundPlaceholder(unit: String, placeholder: String)

    /// A sentence for the user.
    public var description: String {
      switch self {
      case .syntax(let problem): "YAML syntax error: \(DisplayText.escapingControls(problem))"
      case .unreadable(let problem): "cannot read briefing: \(problem)"
      case .invalidUTF8:
        "not valid UTF-8: save the briefing as UTF-8 (for example with iconv -t UTF-8)"
      case .limitExceeded(let problem): problem
      case .unsupportedSchemaVersion(let version):
        "unsupported schema version \(version) (this salin reads version "
          + "\(BriefingMetadata.supportedSchemaVersions.map(String.init).joined(separator: ", ")))"
      case .missingField(let field): "missing required field '\(DisplayText.quoted(field))'"
      case .unknownField(let field): "unknown field '\(DisplayText.quoted(field))'"
      case .wrongType(let field, let expected): "'\(DisplayText.quoted(field))' must be \(expected)"
      case .invalidValue(let field, let value, let expected):
        "invalid \(DisplayText.quoted(field)) '\(DisplayText.quoted(value))': expected \(expected)"
      case .unknownEntity(let id): "unknown entity '\(DisplayText.quoted(id))'"
      case .wrongEntityKind(let id, let expected, let found):
        "entity '\(DisplayText.quoted(id))' is a \(found), expected a \(expected)"
      case .unknownFact(let path): "unknown fact '\(DisplayText.quoted(path))'"
      case .unknownLabelKey(let key):
        "unknown label key '\(DisplayText.quoted(key))': no catalog defines it"
      case .duplicateID(let id): "duplicate ID '\(DisplayText.quoted(id))'"
      case .unboundPlaceholder(let unit, let placeholder):
        "text unit '\(DisplayText.quoted(unit))' uses placeholder '{\(DisplayText.quoted(placeholder))}' "
          + "with no binding in 'with'"
      }
    }
  }

  /// `file:line:column: error: reason`, the form compilers and editors understand; one such line
  /// per problem when there are ``additional`` ones.
  public var description: String {
    ([self] + additional).map { "\($0.location): error: \($0.reason)" }.joined(separator: "\n")
  }

  /// This problem followed by others found in the same pass.
  func adding(_ more: some Sequence<BriefingError>) -> BriefingError {
    var copy = self
    copy.additional += more
    return copy
  }
}
