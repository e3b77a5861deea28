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

  /// The line of the source that holds a byte offset, without its line break (LF, CRLF or a lone
  /// CR, as positions count lines), for a snippet under a finding.
  /// - Parameter utf8Offset: A byte offset into `source`, such as a finding's start.
  /// - Returns: The line, or `nil` when the offset is outside the source.
  public func line(containing utf8Offset: Int) -> String? {
    excerpt(around: utf8Offset, radius: .max).map { $0.text }
  }

  /// The part of a line around a byte offset: the whole line when it is short, else at most
  /// `radius` bytes on each side, cut at character boundaries.
  ///
  /// A reporter that quoted the whole line under every finding of a 66 MB one-line file wrote
  /// the file out once per finding; an excerpt keeps each snippet, and the time to make it, small.
  /// - Parameters:
  ///   - utf8Offset: A byte offset into `source`, such as a finding's start.
  ///   - radius: The most bytes kept on each side of the offset.
  /// - Returns: The excerpt, or `nil` when the offset is outside the source.
  public func excerpt(around utf8Offset: Int, radius: Int = 1024) -> LineExcerpt? {
    guard utf8Offset >= 0, utf8Offset <= source.count, !source.isEmpty else { return nil }
    let floor = utf8Offset - min(radius, utf8Offset)
    var start = utf8Offset
    while start > floor, source[start - 1] != 0x0A, source[start - 1] != 0x0D { start -= 1 }
    let cutBefore =
      start == floor && start > 0 && source[start - 1] != 0x0A && source[start - 1] != 0x0D
    // Cut at a character boundary: never start on a continuation byte.
    while cutBefore, start < utf8Offset, source[start] & 0xC0 == 0x80 { start += 1 }
    let ceiling = utf8Offset + min(radius, source.count - utf8Offset)
    var end = utf8Offset
    while end < ceiling, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
    let cutAfter =
      end == ceiling && end < source.count && source[end] != 0x0A && source[end] != 0x0D
    while cutAfter, end > utf8Offset, source[end] & 0xC0 == 0x80 { end -= 1 }
    return LineExcerpt(
      text: String(decoding: source[start..<end], as: UTF8.self), offset: utf8Offset - start,
      isCutBefore: cutBefore, isCutAfter: cutAfter)
  }
}

/// A piece of one line of a file, around a finding.
public struct LineExcerpt: Hashable, Sendable {
  /// The text, without a line break.
  public let text: String
  /// Where the finding starts in `text`, in UTF-8 bytes.
  public let offset: Int
  /// Whether the line goes on before `text`.
  public let isCutBefore: Bool
  /// Whether the line goes on after `text`.
  public let isCutAfter: Bool
}
