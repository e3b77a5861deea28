public import Foundation
public import SalinCore

/// Reads a plain-text document a window of lines at a time, for a reader that looks no further
/// than a line's neighbours (`salin import`): its memory then follows the window, not the file.
///
/// Each window is a ``Document`` of whole lines, read as `DocumentReader` reads plain text — the
/// same checks (empty, size, a NUL early on, UTF-8, language directives) and the same segments,
/// except that a line past `Segment.maximumLength` stays one segment — with places counted from
/// the window's first line; ``Window/firstLine`` and ``Window/firstOffset`` place it in the file.
///
/// A window ends before a line that the plain-text reader decides on its own: not blank (so the
/// line before it sees it when asking whether prose follows a heading), without `|` (so no table
/// continues into it and it is no delimiter row), outside any `<!--` comment, and not starting
/// with U+FEFF (which a line index takes for a byte order mark). The window holds that line's
/// bytes too, for the decision about the line before it, but none of its segments.
public struct PlainTextWindows {
  /// One window: a document of whole lines and where its first line is in the file.
  public struct Window: Sendable {
    /// The lines, read as plain text; places are counted from ``firstLine`` as line 1.
    public let document: Document
    /// The file's line number of the window's first line.
    public let firstLine: Int
    /// The file's byte offset of the window's first byte.
    public let firstOffset: Int
  }

  /// About how many bytes a window holds by default: it ends at the first line it may end
  /// before, past this.
  public static let defaultWindowSize = 1 << 18

  /// The name to report.
  public let path: String
  private let handle: FileHandle
  private let limit: Int
  private let windowSize: Int
  /// Bytes read from the start of the current window on.
  private var buffer: [UInt8] = []
  private var firstLine = 1
  private var firstOffset = 0
  private var isAtEnd = false
  private var isDone = false

  /// Reads a file or standard input.
  /// - Parameters:
  ///   - path: The file, or `-` for standard input.
  ///   - name: The name to report; by default `path`.
  ///   - limit: The most bytes accepted.
  ///   - windowSize: About how many bytes a window holds (tests make it small).
  /// - Throws: `DocumentError.unreadable` when the file cannot be opened, `.tooLarge` when a file
  ///   is larger than `limit`.
  public init(
    path: String, name: String? = nil, limit: Int = DocumentReader.maximumSize,
    windowSize: Int = defaultWindowSize
  ) throws(DocumentError) {
    self.path = name ?? path
    self.limit = limit
    self.windowSize = windowSize
    if path == "-" {
      handle = .standardInput
      return
    }
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: exists ? "permission denied" : "no such file")
    }
    self.handle = handle
    // A file larger than the limit is refused before any of it is read, as a whole read would.
    var info = stat()
    if fstat(handle.fileDescriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      Int(info.st_size) > limit
    {
      throw .tooLarge(path: self.path, limit: limit)
    }
  }

  /// The next window.
  /// - Returns: The window, or `nil` after the last.
  /// - Throws: `DocumentError`: unreadable, empty, too large, binary (a NUL in the first 8 KiB),
  ///   not UTF-8 or an invalid language directive, at the file's line and column.
  public mutating func next() throws(DocumentError) -> Window? {
    guard !isDone else { return nil }
    var scan = ScanState()
    var lineStart = 0
    var line = 1
    while true {
      // The next whole line of the buffer, reading on as needed.
      guard let end = try lineEnd(from: lineStart) else { break }
      if line > 1, lineStart >= windowSize, scan.mayEndBefore(buffer, lineStart..<end.content) {
        return try window(upTo: lineStart, through: end.next, lines: line - 1)
      }
      scan.read(buffer, lineStart..<end.content)
      lineStart = end.next
      line += 1
    }
    isDone = true
    if buffer.isEmpty {
      guard firstOffset == 0 else { return nil }
      throw .empty(path: path)
    }
    return try window(upTo: buffer.count, through: buffer.count, lines: nil)
  }

  /// Where the line starting at `start` ends: its content and the start of the next line; `nil`
  /// at the end of the input.
  private mutating func lineEnd(from start: Int) throws(DocumentError) -> (
    content: Int, next: Int
  )? {
    var index = start
    while true {
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0A { return (index, index + 1) }
        if byte == 0x0D {
          // A CR at the end of what was read may be the first half of a CRLF.
          if index + 1 == buffer.count, !isAtEnd { break }
          return (
            index, index + 1 < buffer.count && buffer[index + 1] == 0x0A ? index + 2 : index + 1
          )
        }
        index += 1
      }
      if isAtEnd { return start < buffer.count ? (buffer.count, buffer.count) : nil }
      try readChunk()
    }
  }

  private mutating func readChunk() throws(DocumentError) {
    let chunk: Data?
    do {
      chunk = try handle.read(upToCount: 1 << 16)
    } catch {
      throw .unreadable(path: path, reason: "not a regular file or stream")
    }
    guard let chunk, !chunk.isEmpty else {
      isAtEnd = true
      return
    }
    guard firstOffset + buffer.count + chunk.count <= limit else {
      throw .tooLarge(path: path, limit: limit)
    }
    buffer.append(contentsOf: chunk)
  }

  /// The window of the buffer's first `count` bytes (and the bytes up to `through`, the line
  /// after it, read but not segmented), checked and read; the buffer then starts after `count`.
  private mutating func window(upTo count: Int, through: Int, lines: Int?) throws(DocumentError)
    -> Window
  {
    let bytes = Array(buffer[..<through])
    // A NUL early on makes a binary file; later, it is only a character.
    if firstOffset == 0 { try DocumentReader.checkNotBinary(bytes, path: path) }
    // Only the first window can start with a byte order mark: no window starts before U+FEFF.
    let index = LineIndex(bytes: bytes)
    let text = try DocumentReader.text(bytes, lines: index, path: path, firstLine: firstLine)
    let scan = DirectiveScanner(bytes: bytes, lines: index, hashComments: false).scan()
    if let (error, line) = scan.invalidLanguage {
      throw .invalidLanguage(path: path, line: firstLine - 1 + line, error)
    }
    var segments = PlainTextReader(bytes: bytes, lines: index).segments()
    if let lines { segments.removeAll { $0.range.start.line > lines } }
    let window = Window(
      document: Document(
        path: path, text: text, format: .plainText, declaredLanguage: nil, segments: segments,
        directives: scan.directives, declaredSpans: scan.declaredSpans, metadata: [:],
        lines: index),
      firstLine: firstLine, firstOffset: firstOffset)
    firstLine += lines ?? index.lineCount
    firstOffset += count
    buffer.removeFirst(count)
    return window
  }

  /// What the lines read so far say about where a window may end.
  private struct ScanState {
    /// Whether a `<!--` is open (a comment runs on into the next line).
    var inComment = false

    /// Follows comments through a line's bytes, as `DirectiveScanner` pairs them.
    mutating func read(_ bytes: [UInt8], _ range: Range<Int>) {
      var index = range.lowerBound
      while index < range.upperBound {
        let marker = inComment ? Self.close : Self.open
        guard
          let found = SegmentBuilder.find(marker, in: bytes, from: index, to: range.upperBound)
        else { return }
        index = found + marker.count
        inComment.toggle()
      }
    }

    /// Whether a window may end before this line.
    func mayEndBefore(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
      guard !inComment else { return false }
      let content = PipeTableRow.trimmingSpaces(range, in: bytes)
      return !content.isEmpty && !bytes[range].contains(UInt8(ascii: "|"))
        && !bytes[range].starts(with: [0xEF, 0xBB, 0xBF])
    }

    static let open = Array("<!--".utf8)
    static let close = Array("-->".utf8)
  }
}
