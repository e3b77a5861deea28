public import Foundation
import SalinDocuments

/// What a lint run reads.
public enum LintInput: Sendable {
  /// Files and folders as the user named them: folders are walked (see ``FileCollector``), and the
  /// files are linted in sorted path order.
  case paths([String])
  /// Text read from standard input, reported under a file name that also picks the reader, the
  /// language and the config (`--stdin-filename`).
  case standardInput([UInt8], filename: String)
}

extension LintInput {
  /// Standard input, read to its end.
  /// - Parameter filename: The name to report it under (`--stdin-filename`).
  /// - Returns: `.standardInput` with the bytes.
  /// - Throws: `DocumentError.tooLarge` as soon as more than 64 MiB arrive
  ///   (`yes hi | salin lint -` grew without bound), `.unreadable` on a read error.
  public static func readingStandardInput(filename: String) throws -> LintInput {
    .standardInput(try BoundedInput.bytes(of: .standardInput, path: filename), filename: filename)
  }
}
