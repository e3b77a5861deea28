public import SalinDocuments

/// Why an article could not be imported.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read as a document: missing, empty, binary or not UTF-8.
  case unreadable(DocumentError)
  /// The file holds no text to import (only blank lines, comments or markup).
  case noContent(path: String)

  /// One line naming the file and the problem.
  public var description: String {
    switch self {
    case .unreadable(let error): error.description
    case .noContent(let path): "\(path): no text to import"
    }
  }
}
