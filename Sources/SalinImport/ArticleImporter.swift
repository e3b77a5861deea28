import Foundation
public import SalinBriefing
public import SalinCatalog
public import SalinCore
public import SalinDocuments
public import SalinLangID

/// Turns an existing article — plain text or Markdown — into a language-neutral briefing.
///
/// The readers of `SalinDocuments` find the structure (Markdown through cmark-gfm with GFM
/// tables; plain text line by line: pipe tables, `- ` bullets, heading-like lines). The importer
/// then makes:
/// - the title from a level-1 heading that opens the article (an article without one, like the
///   seed, has no title; its opening paragraphs are the lead);
/// - the lead from the blocks before the first heading, a section from each heading on;
/// - paragraphs, bullet lists and tables, whose header cells are label keys;
/// - the sources from a closing `Sources: A & B.` line.
///
/// Any text in a label position — a whole heading, table cell or line, or a `Label:` prefix,
/// never a word inside a sentence — that a catalog spells in any locale, variants included,
/// becomes that label's key: `Mga Detalye` becomes `label.details`. Everything else is a text
/// unit in the article's language.
public struct ArticleImporter: Sendable {
  /// The catalogs whose labels are recognised.
  public let catalogs: Catalogs
  /// Key prefixes that count as labels; by default `label.` (organisation names and role titles
  /// in the catalogs are names, not labels).
  public var labelNamespaces: [String]
  /// When set, prose of four words or more that reads as another language than the article's
  /// (95% or surer) is reported as an ``ImportNotice``; it is imported as the article's language all the same.
  public var identifier: LanguageIdentifier?

  /// Makes an importer.
  /// - Parameters:
  ///   - catalogs: The catalogs whose labels to recognise.
  ///   - labelNamespaces: Key prefixes that count as labels.
  ///   - identifier: A language identifier to check the prose with, or `nil` for no check.
  public init(
    catalogs: Catalogs, labelNamespaces: [String] = ["label."],
    identifier: LanguageIdentifier? = nil
  ) {
    self.catalogs = catalogs
    self.labelNamespaces = labelNamespaces
    self.identifier = identifier
  }

  /// Reads and imports an article file; `.md`/`.markdown` is Markdown, anything else plain text.
  /// - Parameters:
  ///   - path: The file.
  ///   - language: The article's language: every unmapped text becomes a unit in it.
  ///   - format: How to read the file; by default from its extension.
  /// - Returns: The briefing and what was mapped.
  /// - Throws: `ImportError` when the file is missing, empty, binary or not UTF-8, or holds no text.
  public func importArticle(
    atPath path: String, language: Language, format: DocumentFormat? = nil
  ) throws(ImportError) -> ImportResult {
    try importArticle(Self.readArticle(atPath: path, format: format), language: language)
  }

  /// Reads an article: a file, or standard input for `-`.
  /// - Parameters:
  ///   - path: The file, or `-`.
  ///   - standardInputName: For `-`: the name to report, whose extension says how to read it and
  ///     which names the briefing; by default `<stdin>` (plain text, ID `stdin`).
  ///   - format: How to read it; by default from the extension.
  /// - Returns: The document, whose path is the name to report.
  /// - Throws: `ImportError.unreadable` when the input is missing, empty, too large, binary or
  ///   not UTF-8.
  public static func readArticle(
    atPath path: String, standardInputName: String? = nil, format: DocumentFormat? = nil
  ) throws(ImportError) -> Document {
    do {
      guard path == "-" else {
        return try DocumentReader.read(
          contentsOf: path, format: format ?? Self.format(forPath: path))
      }
      let name = standardInputName ?? "<stdin>"
      return try DocumentReader.read(
        bytes: BoundedInput.bytes(of: .standardInput, path: name), path: name,
        format: format ?? Self.format(forPath: name))
    } catch {
      throw .unreadable(error)
    }
  }

  /// Imports an article already read, keeping the briefing in memory.
  /// - Parameters:
  ///   - document: The article, read by `DocumentReader`.
  ///   - language: The article's language.
  ///   - id: The briefing's ID; by default the file name without its extension.
  /// - Returns: The briefing and what was mapped.
  /// - Throws: `ImportError.noContent` when the document has no blocks.
  public func importArticle(
    _ document: Document, language: Language, id: String? = nil
  ) throws(ImportError) -> ImportResult {
    var briefing = Briefing(
      metadata: BriefingMetadata(id: "article", sourceLanguage: language, languages: [language]))
    let report = try importArticle(document, language: language, id: id) {
      (part) throws(ImportError) in briefing.append(part)
    }
    return ImportResult(
      briefing: briefing, mappedLabels: report.mappedLabels, newLabels: report.newLabels,
      notices: report.notices)
  }

  /// Imports an article already read, handing each part of the briefing to `write` as soon as
  /// it is assembled: a block, list item or table row as soon as the article's next block shows
  /// it is complete, the head before any of them, the sources last.
  ///
  /// Only the blocks that may be the closing sources are held until the end, so what the import
  /// keeps besides the document grows with the largest part, not with the article.
  /// - Parameters:
  ///   - document: The article, read by `DocumentReader`.
  ///   - language: The article's language.
  ///   - id: The briefing's ID; by default the file name without its extension.
  ///   - write: What to do with each part (``BriefingStreamWriter`` writes it as YAML).
  /// - Returns: What was mapped, and the briefing's size.
  /// - Throws: `ImportError.noContent` when the document has no blocks (before any part is
  ///   written), or what `write` throws.
  public func importArticle(
    _ document: Document, language: Language, id: String? = nil,
    parts write: (BriefingPart) throws(ImportError) -> Void
  ) throws(ImportError) -> ImportReport {
    var run = ImportRun(importer: self, path: document.path, language: language, id: id)
    try ArticleScanner(document: document).forEachBlock { (block) throws(ImportError) in
      try run.take(block, parts: write)
    }
    return try run.finish(parts: write)
  }

  /// Reads a plain-text or Markdown article a window of lines at a time (`DocumentWindows`) and hands each
  /// part of the briefing to `write` as soon as it is assembled: neither the article nor the
  /// briefing is ever whole in memory.
  /// - Parameters:
  ///   - windows: The article, opened.
  ///   - language: The article's language.
  ///   - id: The briefing's ID; by default the file name without its extension.
  ///   - write: What to do with each part.
  /// - Returns: What was mapped, and the briefing's size.
  /// - Throws: `ImportError`: unreadable (at the first problem found: parts may have been
  ///   written before it), no content, or what `write` throws.
  public func importArticle(
    _ windows: inout DocumentWindows, language: Language, id: String? = nil,
    parts write: (BriefingPart) throws(ImportError) -> Void
  ) throws(ImportError) -> ImportReport {
    var run = ImportRun(importer: self, path: windows.path, language: language, id: id)
    while true {
      let window: DocumentWindows.Window?
      do throws(DocumentError) {
        window = try windows.next()
      } catch {
        throw .unreadable(error)
      }
      guard let window else { break }
      try ArticleScanner(document: window.document).forEachBlock { (block) throws(ImportError) in
        var block = block.moved(lines: window.firstLine - 1, bytes: window.firstOffset)
        // Only a plain-text article's first line is a level-1 heading (a title), not a
        // window's; Markdown says which headings are level 1.
        if window.document.format == .plainText, window.firstLine > 1,
          case .heading(level: 1, let text) = block
        {
          block = .heading(level: 2, text)
        }
        try run.take(block, parts: write)
      }
    }
    return try run.finish(parts: write)
  }

  /// Reads and imports an article, writing the briefing as YAML while it is assembled.
  ///
  /// Plain text and Markdown are read a window of lines at a time (`DocumentWindows`), so memory
  /// follows the largest window and part, not the article. Markdown that may link to a
  /// definition (`]:`), or comes from standard input, is one window.
  /// - Parameters:
  ///   - path: The file, or `-` for standard input.
  ///   - standardInputName: For `-`: the name to report, whose extension says how to read it and
  ///     which names the briefing; by default `<stdin>`.
  ///   - language: The article's language.
  ///   - format: How to read it; by default from the extension.
  ///   - headerComment: Lines to put above the YAML as comments.
  ///   - output: Where the YAML goes, a few parts at a time (an ``ImportOutput`` shows it to no
  ///     one before the import has succeeded: a problem found late comes after some parts).
  /// - Returns: What was mapped, and the briefing's size.
  /// - Throws: `ImportError`: unreadable, no content, or YAML that cannot be written.
  public func importArticle(
    atPath path: String, standardInputName: String? = nil, language: Language,
    format: DocumentFormat? = nil, headerComment: String? = nil,
    writingYAMLTo output: inout some TextOutputStream
  ) throws(ImportError) -> ImportReport {
    let name = path == "-" ? standardInputName ?? "<stdin>" : path
    var writer = BriefingStreamWriter(headerComment: headerComment)
    func write(_ part: BriefingPart) throws(ImportError) {
      do throws(BriefingError) {
        try writer.write(part, to: &output)
      } catch {
        throw .unwritable(error)
      }
    }
    let report: ImportReport
    let format = format ?? Self.format(forPath: name)
    if format == .plainText || format == .markdown {
      var windows: DocumentWindows
      do throws(DocumentError) {
        windows = try DocumentWindows(path: path, name: name, format: format)
      } catch {
        throw .unreadable(error)
      }
      report = try importArticle(&windows, language: language, parts: write)
    } else {
      let document = try Self.readArticle(
        atPath: path, standardInputName: standardInputName, format: format)
      report = try importArticle(document, language: language, parts: write)
    }
    do throws(BriefingError) {
      try writer.finish(to: &output)
    } catch {
      throw .unwritable(error)
    }
    return report
  }

  /// How an article file is read, by its extension.
  ///
  /// Markdown for `.md` and `.markdown` (and `.mdown`, `.mkd`); plain text for anything else,
  /// `.yaml` and `.po` included: an article is never a catalog.
  /// - Parameter path: A file path.
  /// - Returns: `.markdown` or `.plainText`.
  public static func format(forPath path: String) -> DocumentFormat {
    DocumentFormat.inferred(fromPath: path) == .markdown ? .markdown : .plainText
  }

  /// A briefing ID from a file name.
  ///
  /// The name without its extension, keeping letters, digits, `-`, `_` and `.`
  /// (`seeds/000_59885a65178f0467.txt` → `000_59885a65178f0467`).
  /// - Parameter path: A file path.
  /// - Returns: The ID, or `article` when nothing is left.
  public static func briefingID(forPath path: String) -> String {
    var name = Substring(path.split(separator: "/").last ?? "")
    if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = name[..<dot] }
    let kept = name.unicodeScalars.filter { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "-_.".unicodeScalars.contains(scalar))
    }
    // A briefing ID starts with a letter or digit (BriefingMetadata.isValidID): '.x.txt' -> 'x'.
    let id = String(
      String.UnicodeScalarView(kept.drop { "-_.".unicodeScalars.contains($0) })
        .prefix(BriefingMetadata.maximumIDLength))
    return id.isEmpty ? "article" : id
  }
}
