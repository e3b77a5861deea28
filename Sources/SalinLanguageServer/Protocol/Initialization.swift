/// The part of `initialize`'s parameters the server reads.
struct InitializeParams: Decodable {
  /// Server options an editor's configuration may pass.
  let initializationOptions: Options?

  struct Options: Decodable {
    /// How long to wait after a change before linting, in milliseconds.
    let debounceMilliseconds: Int?
  }
}

/// The answer to `initialize`: what the server can do.
struct InitializeResult: Encodable {
  let capabilities: ServerCapabilities
  let serverInfo: ServerInfo

  struct ServerInfo: Encodable {
    let name: String
    let version: String
  }
}

/// The capabilities Salin's server announces.
struct ServerCapabilities: Encodable {
  /// Positions count UTF-16 code units, the protocol's default, which every client supports.
  let positionEncoding = "utf-16"
  let textDocumentSync = TextDocumentSyncOptions()
  let codeActionProvider = CodeActionOptions()
  let hoverProvider = true

  struct TextDocumentSyncOptions: Encodable {
    let openClose = true
    /// 2: incremental (the client may also send whole texts).
    let change = 2
    let save = SaveOptions()
  }

  struct SaveOptions: Encodable {
    let includeText = false
  }

  struct CodeActionOptions: Encodable {
    let codeActionKinds = [CodeAction.quickFix, CodeAction.fixAll]
  }
}
