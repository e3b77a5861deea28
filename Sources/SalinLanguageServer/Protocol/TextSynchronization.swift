/// A document as the client opens it.
struct TextDocumentItem: Decodable {
  let uri: String
  let languageId: String?
  let version: Int
  let text: String
}

/// `textDocument/didOpen`.
struct DidOpenTextDocumentParams: Decodable {
  let textDocument: TextDocumentItem
}

/// A document and the version a change brings it to.
struct VersionedTextDocumentIdentifier: Decodable {
  let uri: String
  let version: Int
}

/// One change: the whole text (no range), or a range replaced by new text.
public struct TextDocumentContentChangeEvent: Hashable, Sendable, Codable {
  /// The replaced range; `nil` when `text` is the whole document.
  public var range: TextRange?
  /// The new text.
  public var text: String

  /// Makes a change.
  /// - Parameters:
  ///   - range: The replaced range, or `nil` for the whole document.
  ///   - text: The new text.
  public init(range: TextRange? = nil, text: String) {
    self.range = range
    self.text = text
  }
}

/// `textDocument/didChange`.
struct DidChangeTextDocumentParams: Decodable {
  let textDocument: VersionedTextDocumentIdentifier
  let contentChanges: [TextDocumentContentChangeEvent]
}

/// `textDocument/didClose` and `textDocument/didSave`.
struct TextDocumentParams: Decodable {
  let textDocument: TextDocumentIdentifier
}

/// A request about one position of a document (`textDocument/hover`).
struct TextDocumentPositionParams: Decodable {
  let textDocument: TextDocumentIdentifier
  let position: Position
}
