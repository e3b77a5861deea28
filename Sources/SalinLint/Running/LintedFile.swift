/// One file's outcome, as a ``LintRunner`` hands it to a reporter: its findings at or above the
/// run's minimum severity, its errors, the fixes applied, and the text the findings point into.
///
/// The text travels with the findings so that a reporter quotes what was linted — standard input
/// as it was read, a file as it was before `--fix` rewrote it — never what a path holds on disk
/// later. The runner drops it once the file is reported, so memory holds only files in flight.
public struct LintedFile: Sendable {
  /// The path as the user gave it (for standard input, `--stdin-filename`).
  public let path: String
  /// The bytes the findings' positions refer to; empty when the file could not be read.
  public let source: [UInt8]
  /// The findings at or above the run's minimum severity, sorted by `Finding.precedes`.
  public var findings: [Finding]
  /// One line per problem that kept the file from being linted (or its fixes from being written).
  public var errors: [String]
  /// How many fixes `--fix` wrote into the file.
  public var fixesApplied: Int
  /// Whether the file was read and linted.
  public var isLinted: Bool

  /// Makes a file's outcome.
  /// - Parameters:
  ///   - path: The path as the user gave it.
  ///   - source: The bytes the findings point into.
  ///   - findings: The findings to report, sorted.
  ///   - errors: The problems that kept it from being linted.
  ///   - fixesApplied: The fixes written.
  ///   - isLinted: Whether it was linted.
  public init(
    path: String, source: [UInt8] = [], findings: [Finding] = [], errors: [String] = [],
    fixesApplied: Int = 0, isLinted: Bool = true
  ) {
    self.path = path
    self.source = source
    self.findings = findings
    self.errors = errors
    self.fixesApplied = fixesApplied
    self.isLinted = isLinted
  }

  /// The line of the source that holds a byte offset, without its line break (and without the
  /// `\r` of a CRLF), for a snippet under a finding.
  /// - Parameter utf8Offset: A byte offset into `source`, such as a finding's start.
  /// - Returns: The line, or `nil` when the offset is outside the source.
  public func line(containing utf8Offset: Int) -> String? {
    guard utf8Offset >= 0, utf8Offset <= source.count, !source.isEmpty else { return nil }
    var start = utf8Offset
    while start > 0, source[start - 1] != 0x0A { start -= 1 }
    var end = utf8Offset
    while end < source.count, source[end] != 0x0A { end += 1 }
    if end > start, source[end - 1] == 0x0D { end -= 1 }
    return String(decoding: source[start..<end], as: UTF8.self)
  }
}
