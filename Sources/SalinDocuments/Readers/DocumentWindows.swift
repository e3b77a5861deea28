import Foundation
import SalinCore

/// Reads a plain-text or Markdown document a window of lines at a time, for a reader that needs
/// no more of the document than the window (`salin import`): its memory then follows the
/// window, not the file.
///
/// Each window is a ``Document`` of whole lines, read as `DocumentReader` reads the format — the
/// same checks (empty, size, a NUL early on, UTF-8, language directives) and the same segments,
/// except that a plain-text line past `Segment.maximumLength` stays one segment — with places
/// counted from the window's first line; ``Window/firstLine`` and ``Window/firstOffset`` place it
/// in the file.
///
/// A plain-text window ends before a line that the plain-text reader decides on its own: not
/// blank (so the line before it sees it when asking whether prose follows a heading), without
/// `|` (so no table continues into it and it is no delimiter row), outside any `<!--` comment, and
/// not starting with U+FEFF (which a line index takes for a byte order mark). The window holds
/// that line's bytes too, for the decision about the line before it, but none of its segments.
///
/// A Markdown window ends only before an ATX heading in column 1 after a blank line, outside a
/// fenced code block, a `<!--` comment and front matter — and only if cmark-gfm, reading the
/// window with that line, makes the line a heading: then every block before it is closed, and
/// cmark reads what follows as it would in the whole file. A file in which `]:` appears (a link
/// reference or footnote definition may be used anywhere in the document) and Markdown from
/// standard input (which cannot be looked through first) are one window.
public struct DocumentWindows {
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
  /// How the windows are read: `.plainText` or `.markdown`.
  public let format: DocumentFormat
  private let handle: FileHandle
  private let limit: Int
  private var windowSize: Int
  /// Where, in the buffer, a Markdown window may next end: past a candidate line that cmark did
  /// not make a heading, the window grows by a window's size before it is read again, so that a
  /// file of such lines is not read over and over.
  private var retryOffset = 0
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
  ///   - format: `.plainText` or `.markdown`.
  ///   - limit: The most bytes accepted.
  ///   - windowSize: About how many bytes a window holds (tests make it small).
  /// - Throws: `DocumentError.unreadable` when the file cannot be opened or read, `.tooLarge`
  ///   when a file is larger than `limit`.
  public init(
    path: String, name: String? = nil, format: DocumentFormat = .plainText,
    limit: Int = DocumentReader.maximumSize, windowSize: Int = defaultWindowSize
  ) throws(DocumentError) {
    precondition(format == .plainText || format == .markdown, "only plain text and Markdown")
    self.path = name ?? path
    self.format = format
    self.limit = limit
    self.windowSize = windowSize
    if path == "-" {
      handle = .standardInput
      if format == .markdown { self.windowSize = .max }
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
    let isRegular = fstat(handle.fileDescriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    if isRegular, Int(info.st_size) > limit {
      throw .tooLarge(path: self.path, limit: limit)
    }
    if format == .markdown {
      // `||` takes an untyped throwing closure: ask only for a regular file, outside it.
      if !isRegular {
        self.windowSize = .max
      } else if try Self.mayDefineLinks(handle, path: self.path) {
        self.windowSize = .max
      }
    }
  }

  /// Whether `]:` appears in the file (the end of a link reference or footnote definition's
  /// label, which links text anywhere in the document); the file is then rewound.
  private static func mayDefineLinks(_ handle: FileHandle, path: String) throws(DocumentError)
    -> Bool
  {
    var afterBracket = false
    do {
      defer { try? handle.seek(toOffset: 0) }
      while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
        for byte in chunk {
          if afterBracket, byte == UInt8(ascii: ":") { return true }
          afterBracket = byte == UInt8(ascii: "]")
        }
      }
    } catch {
      throw .unreadable(path: path, reason: "not a regular file or stream")
    }
    return false
  }

  /// The next window.
  /// - Returns: The window, or `nil` after the last.
  /// - Throws: `DocumentError`: unreadable, empty, too large, binary (a NUL in the first 8 KiB),
  ///   not UTF-8 or an invalid language directive, at the file's line and column.
  public mutating func next() throws(DocumentError) -> Window? {
    guard !isDone else { return nil }
    var scan = ScanState(isMarkdown: format == .markdown, isFirstWindow: firstOffset == 0)
    var lineStart = 0
    var line = 1
    while true {
      // The next whole line of the buffer, reading on as needed.
      guard let end = try lineEnd(from: lineStart) else { break }
      if line > 1, lineStart >= windowSize, lineStart >= retryOffset,
        scan.mayEndBefore(buffer, lineStart..<end.content)
      {
        if let window = try window(upTo: lineStart, through: end.next, lines: line - 1) {
          return window
        }
        retryOffset = lineStart + windowSize
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
    // The last window has no line after it to check: it is always read.
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
  /// - Returns: The window, or `nil` (and nothing changed) when a Markdown window may not end
  ///   there after all: cmark did not make the line after it a heading.
  private mutating func window(upTo count: Int, through: Int, lines: Int?) throws(DocumentError)
    -> Window?
  {
    let bytes = Array(buffer[..<through])
    // A NUL early on makes a binary file; later, it is only a character.
    if firstOffset == 0 { try DocumentReader.checkNotBinary(bytes, path: path) }
    // Only the first window can start with a byte order mark: no window starts before U+FEFF
    // (a Markdown window starts with `#`).
    let index = LineIndex(bytes: bytes)
    let text = try DocumentReader.text(bytes, lines: index, path: path, firstLine: firstLine)
    var document: Document
    if format == .markdown {
      document = try DocumentReader.read(
        bytes: bytes, lines: index, text: text, path: path, format: .markdown,
        firstLine: firstLine)
      if let lines {
        // An ATX heading on the next line closes every block before it, so that nothing after
        // it changes them; any other reading of that line (code, HTML, a paragraph's text)
        // keeps the window open.
        let next = lines + 1
        guard
          document.segments.contains(where: {
            if case .heading = $0.kind { $0.range.start.line == next } else { false }
          })
        else { return nil }
        document = Document(
          path: path, text: text, format: .markdown,
          declaredLanguage: document.declaredLanguage,
          segments: document.segments.filter { $0.range.start.line <= lines },
          directives: document.directives, declaredSpans: document.declaredSpans,
          metadata: document.metadata, lines: index)
      }
    } else {
      let scan = DirectiveScanner(bytes: bytes, lines: index, hashComments: false).scan()
      if let (error, line) = scan.invalidLanguage {
        throw .invalidLanguage(path: path, line: firstLine - 1 + line, error)
      }
      var segments = PlainTextReader(bytes: bytes, lines: index).segments()
      if let lines { segments.removeAll { $0.range.start.line > lines } }
      document = Document(
        path: path, text: text, format: .plainText, declaredLanguage: nil, segments: segments,
        directives: scan.directives, declaredSpans: scan.declaredSpans, metadata: [:],
        lines: index)
    }
    let window = Window(document: document, firstLine: firstLine, firstOffset: firstOffset)
    firstLine += lines ?? index.lineCount
    firstOffset += count
    buffer.removeFirst(count)
    retryOffset = 0
    return window
  }
}
