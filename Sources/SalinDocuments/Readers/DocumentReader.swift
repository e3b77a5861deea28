import Foundation
public import SalinCore

/// Reads files into `Document`s: checks the bytes, picks a reader and finds the declared language.
public enum DocumentReader {
  /// How many leading bytes are checked for NUL when deciding whether a file is binary.
  static let binaryProbeLength = 8192

  /// The most bytes a document may have: 64 MiB.
  ///
  /// Salin keeps a document whole (its bytes, its segments' text, the findings' places), a few
  /// times its size; past this, files and standard input are refused with `DocumentError.tooLarge`
  /// instead of read until memory runs out (docs/limits.md).
  public static let maximumSize = 64 << 20

  /// Reads a file from disk.
  /// - Parameters:
  ///   - path: The file's path.
  ///   - format: How to read it; by default inferred from the extension.
  /// - Returns: The document.
  /// - Throws: `DocumentError` when the file cannot be read, is empty, binary or not UTF-8, or does
  ///   not parse.
  public static func read(contentsOf path: String, format: DocumentFormat? = nil)
    throws(DocumentError)
    -> Document
  {
    try read(bytes: BoundedInput.bytes(ofFile: path), path: path, format: format)
  }

  /// Reads a document from bytes already in memory (standard input, tests).
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to report (for standard input, `--stdin-filename`).
  ///   - format: How to read it; by default inferred from `path`.
  /// - Returns: The document.
  /// - Throws: `DocumentError` when the bytes are empty, binary or not UTF-8, or do not parse.
  public static func read(bytes: [UInt8], path: String, format: DocumentFormat? = nil)
    throws(DocumentError) -> Document
  {
    let (lines, text) = try checkedText(bytes, path: path)
    return try read(
      bytes: bytes, lines: lines, text: text, path: path,
      format: format ?? DocumentFormat.inferred(fromPath: path))
  }

  /// Reads bytes already checked (``checkedText(_:path:)``), which may be a later part of a file
  /// (`DocumentWindows`): an invalid language directive is then reported at its line in the file,
  /// counted from `firstLine`.
  static func read(
    bytes: [UInt8], lines: LineIndex, text: String, path: String, format: DocumentFormat,
    firstLine: Int = 1
  ) throws(DocumentError) -> Document {
    var format = format
    // Any YAML file whose first key is `salin-briefing` is a briefing, whatever its name.
    if format == .catalog, BriefingReader.looksLikeBriefing(bytes) { format = .briefing }
    let scan = DirectiveScanner(
      bytes: bytes, lines: lines, hashComments: [.catalog, .po, .briefing].contains(format)
    )
    .scan()
    if let (error, line) = scan.invalidLanguage {
      throw .invalidLanguage(path: path, line: firstLine - 1 + line, error)
    }
    var declared = scan.documentLanguage
    var segments: [Segment] = []
    var metadata: [String: String] = [:]
    var briefing: BriefingReader.Result?
    switch format {
    case .plainText:
      segments = PlainTextReader(bytes: bytes, lines: lines).segments()
    case .markdown:
      var parsedBytes = bytes
      var start = 0
      if let frontMatter = try FrontMatter(bytes: bytes, lines: lines, path: path) {
        metadata = frontMatter.metadata
        segments = frontMatter.segments
        parsedBytes = frontMatter.blanked(bytes, lines: lines)
        start = lines.contentRange(ofLine: frontMatter.lineRange.upperBound).upperBound
        if let language = try frontMatter.language(path: path) {
          declared = DeclaredLanguage(language: language, source: .frontMatter)
        }
      }
      // Nothing maps onto the blanked front matter, so pieces point at identical bytes.
      segments += MarkdownReader(bytes: parsedBytes, lines: lines, startOffset: start).segments()
    case .catalog:
      let result = try CatalogReader(bytes: bytes, lines: lines, path: path, text: text).read()
      segments = result.segments
      declared = DeclaredLanguage(language: result.locale, source: .catalog)
    case .briefing:
      let result = try BriefingReader(bytes: bytes, lines: lines, path: path, text: text).read()
      segments = result.segments
      declared = DeclaredLanguage(
        language: result.briefing.metadata.sourceLanguage, source: .briefing)
      briefing = result
    case .xliff:
      // XML is read by SalinInterchange alone (one XLIFF reader); this layer cannot see it.
      throw .unreadable(
        path: path,
        reason: "XLIFF is read by salin lint and salin catalog import, not as a document")
    case .po:
      let result = try POReader(bytes: bytes, lines: lines, path: path).read()
      segments = result.segments
      metadata = result.header
      if let language = result.language {
        declared = DeclaredLanguage(language: language, source: .poHeader)
      }
    }
    if declared == nil, format != .catalog, format != .briefing,
      let language = languageFromFileName(path)
    {
      declared = DeclaredLanguage(language: language, source: .fileName)
    }
    // A paragraph or line past 64 KiB is read in parts, so what rules keep per segment stays small.
    if segments.contains(where: { $0.text.utf8.count > Segment.maximumLength }) {
      segments = segments.flatMap { $0.splittingIfLong(lines: lines) }
    }
    return Document(
      path: path, text: text, format: format, declaredLanguage: declared, segments: segments,
      directives: scan.directives, declaredSpans: scan.declaredSpans, metadata: metadata,
      lines: lines, names: Set(briefing?.briefing.properNames ?? []), briefing: briefing?.briefing,
      briefingTranslations: briefing?.translations ?? [])
  }

  /// The bytes as text with their line index, or the reason they are no document: empty, too
  /// large, binary (a NUL early on) or not UTF-8.
  static func checkedText(_ bytes: [UInt8], path: String) throws(DocumentError) -> (
    LineIndex, String
  ) {
    guard !bytes.isEmpty else { throw .empty(path: path) }
    guard bytes.count <= maximumSize else { throw .tooLarge(path: path, limit: maximumSize) }
    try checkNotBinary(bytes, path: path)
    let lines = LineIndex(bytes: bytes)
    return (lines, try text(bytes, lines: lines, path: path))
  }

  /// Throws `.binary` when a NUL byte comes in the first ``binaryProbeLength`` bytes of a file.
  static func checkNotBinary(_ bytes: [UInt8], path: String) throws(DocumentError) {
    if let nul = bytes.prefix(binaryProbeLength).firstIndex(of: 0) {
      let position = UTF8Validation.position(of: nul, in: bytes)
      throw .binary(path: path, line: position.line, column: position.column)
    }
  }

  /// The bytes as text, or `.invalidUTF8` at the first bad byte; lines are counted from
  /// `firstLine` (bytes that are a later part of a file, starting at a line's start).
  static func text(_ bytes: [UInt8], lines: LineIndex, path: String, firstLine: Int = 1)
    throws(DocumentError) -> String
  {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let position = UTF8Validation.firstInvalidPosition(in: bytes)
      throw .invalidUTF8(
        path: path, line: firstLine - 1 + (position?.line ?? lines.lineCount),
        column: position?.column ?? 1)
    }
    return text
  }

  /// The language a file name declares: `article.ko.md`, `notes.tl.txt` (see
  /// `Language.declared(byFileName:allowsBareTag:)`).
  /// - Parameter path: A file path.
  /// - Returns: The language, or `nil` if the name has no language part.
  public static func languageFromFileName(_ path: String) -> Language? {
    Language.declared(byFileName: path, allowsBareTag: false)
  }
}
