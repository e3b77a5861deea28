public import Foundation
public import SalinCore
import SalinYAML
import Yams

/// Loads a briefing from YAML (schema in `docs/briefing-format.md`).
///
/// Every problem — bad YAML, an unsupported schema version, a missing or unknown field, a value
/// of the wrong type, a reference to an entity or fact that does not exist — is thrown as a
/// `BriefingError` with the file, line and column; bad input never traps. Catalog keys are
/// checked later, against the catalogs a render uses.
public struct BriefingLoader: Sendable {
  /// Makes a loader.
  public init() {}

  /// Loads a briefing file.
  /// - Parameters:
  ///   - url: The file.
  ///   - displayPath: The path to show in errors; defaults to the URL's path.
  /// - Returns: The briefing.
  /// - Throws: `BriefingError` when the file cannot be read or is not a valid briefing.
  public func load(contentsOf url: URL, displayPath: String? = nil) throws(BriefingError)
    -> Briefing
  {
    try load(
      yaml: try text(contentsOf: url, displayPath: displayPath), file: displayPath ?? url.path)
  }

  /// Reads a briefing file's text, for a caller that edits the YAML it loads (`salin merge`).
  /// - Parameters:
  ///   - url: The file.
  ///   - displayPath: The path to show in errors; defaults to the URL's path.
  /// - Returns: The file's text, checked to be UTF-8.
  /// - Throws: `BriefingError` when the file cannot be read or is not UTF-8 text.
  public func text(contentsOf url: URL, displayPath: String? = nil) throws(BriefingError)
    -> String
  {
    let file = displayPath ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw BriefingError(
        .unreadable(Self.reason(error)), at: SourceLocation(file: file, line: 1, column: 1))
    }
    // Foundation's own message for bad bytes ("The file isn't in the correct format") names
    // neither the problem nor the place: find the first bad byte and say both.
    guard let text = String(validating: data, as: UTF8.self) else {
      let position = UTF8Validation.firstInvalidPosition(in: data)
      throw BriefingError(
        .invalidUTF8,
        at: SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1))
    }
    return text
  }

  /// Why a file could not be read, in the system's words (`no such file or directory`).
  ///
  /// Foundation's own description ("The operation could not be completed. The file doesn't
  /// exist.") is neither short nor what `salin lint` says for the same file.
  private static func reason(_ error: any Error) -> String {
    switch (error as? CocoaError)?.code {
    case .fileReadNoSuchFile?: return "no such file or directory"
    case .fileReadNoPermission?: return "permission denied"
    default: break
    }
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    guard let underlying, underlying.domain == NSPOSIXErrorDomain else {
      return error.localizedDescription
    }
    return String(cString: strerror(Int32(underlying.code))).lowercased()
  }

  /// Loads a briefing from YAML text.
  /// - Parameters:
  ///   - yaml: The YAML text.
  ///   - file: The file name to put in error locations.
  /// - Returns: The briefing.
  /// - Throws: `BriefingError` when the text is not a valid briefing.
  public func load(yaml: String, file: String) throws(BriefingError) -> Briefing {
    // Marks count lines as libyaml does; every location is given as an editor counts them.
    let lines = YAMLLineMap(YAMLLoader.withoutByteOrderMark(yaml))
    let reader = YAMLReader(file: file, lines: lines)
    let root: Node
    do {
      guard let node = try YAMLLoader.compose(yaml) else {
        throw BriefingError(
          .missingField("salin-briefing"), at: SourceLocation(file: file, line: 1, column: 1))
      }
      root = node
    } catch let error as BriefingError {
      throw error
    } catch let error as YamlError {
      throw Self.describe(error, reader: reader)
    } catch let error as YAMLLimitError {
      throw BriefingError(
        .limitExceeded(error.description),
        at: reader.location(line: error.line, column: error.column))
    } catch {
      throw BriefingError(.syntax("\(error)"), at: SourceLocation(file: file, line: 1, column: 1))
    }
    var parser = BriefingParser(reader: reader)
    return try parser.parse(root)
  }

  private static func describe(_ error: YamlError, reader: YAMLReader) -> BriefingError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let text = [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: ": ")
      return BriefingError(.syntax(text), at: reader.location(line: mark.line, column: mark.column))
    default:
      return BriefingError(.syntax("\(error)"), at: reader.location(line: 1, column: 1))
    }
  }
}
