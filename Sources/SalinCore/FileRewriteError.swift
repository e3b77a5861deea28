/// Why a file was left as it was instead of rewritten.
public struct FileRewriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public let path: String
  /// Why it was not rewritten.
  public let reason: Reason

  /// The reasons a file is not rewritten.
  public enum Reason: Hashable, Sendable, CustomStringConvertible {
    /// The file (or the target of a link) cannot be found or read.
    case unreadable(String)
    /// It is a folder, a device, a pipe: not a file to rewrite.
    case notRegularFile
    /// No one may write it.
    case readOnly
    /// It has other names (hard links) that a rename would leave holding the old text.
    case hardLinked(Int)
    /// Its contents changed after it was read, so the new text was made from other text.
    case changedDuringRun
    /// The temporary file could not be written or renamed over the file.
    case cannotWrite(String)

    /// Why, and what to do, in a few words.
    public var description: String {
      switch self {
      case .unreadable(let problem): "cannot resolve the file (\(problem))"
      case .notRegularFile: "not a regular file"
      case .readOnly: "the file is read-only; make it writable first"
      case .hardLinked(let count):
        "the file has \(count) hard links, which a rewrite would split; write into a copy instead"
      case .changedDuringRun: "the file changed after it was read; run the command again"
      case .cannotWrite(let problem): "cannot write the file (\(problem))"
      }
    }
  }

  /// Makes an error.
  /// - Parameters:
  ///   - path: The file.
  ///   - reason: Why it was not rewritten.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// `path: not written: why, and what to do`.
  public var description: String {
    "\(DisplayText.escapingControls(path)): not written: \(reason)"
  }
}
