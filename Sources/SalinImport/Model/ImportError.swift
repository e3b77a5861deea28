public import SalinBriefing
public import SalinDocuments

/// Why an article could not be imported.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read as a document: missing, empty, binary or not UTF-8.
  case unreadable(DocumentError)
  /// The file holds no text to import (only blank lines, comments or markup).
  case noContent(path: String)
  /// The briefing could not be written as YAML (text YAML cannot hold).
  case unwritable(BriefingError)
  /// The output file could not be written: nothing was written in its place.
  case cannotWrite(path: String, reason: String)

  /// One line naming the file and the problem.
  public var description: String {
    switch self {
    case .unreadable(let error): error.description
    case .noContent(let path): "\(path): no text to import"
    case .unwritable(let error): error.description
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
