/// What a lint run reads.
public enum LintInput: Sendable {
  /// Files and folders as the user named them: folders are walked (see ``FileCollector``), and the
  /// files are linted in sorted path order.
  case paths([String])
  /// Text read from standard input, reported under a file name that also picks the reader, the
  /// language and the config (`--stdin-filename`).
  case standardInput([UInt8], filename: String)
}
