import SalinCore

/// The formats a rendered document can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// CommonMark with GFM tables; fallbacks marked `[en: …]`.
  case markdown
  /// A complete HTML5 document; fallbacks in `<span lang="…">`.
  case html
  /// Plain text laid out like the seed article; fallbacks marked `[en: …]`.
  case text
  /// The spans with their provenance, for tools.
  case json

  /// The file extension of the format (`md`, `html`, `txt`, `json`).
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    case .text: "txt"
    case .json: "json"
    }
  }

  /// The name of a document's file in this format: `<id>.<locale>.<extension>`.
  /// - Parameter document: The rendered document.
  /// - Returns: The file name, such as `edscg-5.ko.html`.
  public func fileName(for document: RenderedDocument) -> String {
    "\(document.id).\(document.locale.tag).\(fileExtension)"
  }

  /// Writes several documents as one text, for standard output: JSON as one array of the
  /// documents, other formats one after another, a blank line between two.
  /// - Parameter documents: The rendered documents, in order.
  /// - Returns: The text, ending with a newline (empty for no documents).
  public func write(_ documents: [RenderedDocument]) -> String {
    if self == .json, documents.count > 1 { return JSONWriter().write(documents) }
    return documents.map(write).joined(separator: "\n")
  }

  /// Writes a document in this format.
  /// - Parameter document: The rendered document.
  /// - Returns: The file's text, ending with a newline.
  public func write(_ document: RenderedDocument) -> String {
    switch self {
    case .markdown: MarkdownWriter().write(document)
    case .html: HTMLWriter().write(document)
    case .text: PlainTextWriter().write(document)
    case .json: JSONWriter().write(document)
    }
  }
}
