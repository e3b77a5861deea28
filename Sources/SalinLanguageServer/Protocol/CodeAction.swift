/// `textDocument/codeAction`'s parameters.
struct CodeActionParams: Decodable {
  let textDocument: TextDocumentIdentifier
  let range: TextRange
  let context: Context

  struct Context: Decodable {
    /// Kinds the client asks for; all when absent.
    let only: [String]?
  }
}

/// A change the editor offers the user: here, applying a finding's fix.
public struct CodeAction: Hashable, Sendable, Codable {
  /// The kind of a single finding's fix.
  public static let quickFix = "quickfix"
  /// The kind of the action that applies every fix in the document.
  public static let fixAll = "source.fixAll.salin"

  /// What the editor shows.
  public var title: String
  /// `quickfix` or `source.fixAll.salin`.
  public var kind: String
  /// The diagnostics it resolves.
  public var diagnostics: [Diagnostic]?
  /// Whether it is the obvious fix (one catalog-backed replacement).
  public var isPreferred: Bool?
  /// The edit.
  public var edit: WorkspaceEdit
}

/// Edits to documents, by URI.
public struct WorkspaceEdit: Hashable, Sendable, Codable {
  /// The edits of each document.
  public var changes: [String: [TextEdit]]
}
