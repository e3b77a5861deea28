import Synchronization
import Foundation

extension LanguageServer {
  /// Decodes one message and hands it to its handler; never throws, never stops the server.
  func handle(_ body: [UInt8]) {
    let data = Data(body)
    let message: IncomingMessage
    do {
      message = try JSONDecoder().decode(IncomingMessage.self, from: data)
    } catch {
      // JSON-RPC: text that is not JSON is a parse error; JSON that is not a request object
      // (an array, a number) is an invalid request. Either way the ID is unknown: null.
      let isJSON =
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
      respond(
        nil,
        error: isJSON
          ? .invalidRequest("a message must be a JSON object")
          : .parseError("the message is not valid JSON"))
      return
    }
    guard let method = message.method else {
      // A response to a request of ours (the server sends none), or nonsense with an ID.
      if message.hasID, message.id == nil || message.jsonrpc == nil {
        respond(nil, error: .invalidRequest("a request needs a method"))
      }
      return
    }
    let isRequest = message.hasID
    if isRequest, message.id == nil {
      respond(nil, error: .invalidRequest("the id must be a number or a string"))
      return
    }
    do {
      try dispatch(method, id: message.id, isRequest: isRequest, data: data)
    } catch let error as ResponseError {
      if isRequest { respond(message.id, error: error) } else { log(.error, error.message) }
    } catch {
      let problem = "bad parameters for \(method): \(Self.describe(error))"
      if isRequest {
        respond(message.id, error: .invalidParams(problem))
      } else {
        log(.error, problem)
      }
    }
  }

  private func dispatch(_ method: String, id: RequestID?, isRequest: Bool, data: Data) throws {
    let (initialized, shutDown) = state.withLock { ($0.isInitialized, $0.isShutDown) }
    if method == "exit" {
      onExit(shutDown ? 0 : 1)
      return
    }
    if method == "initialize" {
      guard !initialized else { throw ResponseError.invalidRequest("already initialized") }
      let params = try? decode(InitializeParams.self, from: data)
      state.withLock {
        $0.isInitialized = true
        if let milliseconds = params?.initializationOptions?.debounceMilliseconds,
          milliseconds >= 0
        {
          $0.debounce = .milliseconds(milliseconds)
        }
      }
      respond(
        id,
        InitializeResult(
          capabilities: ServerCapabilities(),
          serverInfo: .init(name: Self.name, version: version)))
      return
    }
    guard initialized else {
      if isRequest { throw ResponseError.serverNotInitialized }
      return  // The spec: notifications before initialize are dropped.
    }
    if shutDown, isRequest { throw ResponseError.shutDown }
    switch method {
    case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
      break
    case "shutdown":
      state.withLock { $0.isShutDown = true }
      respond(id, Bool?.none)
    case "textDocument/didOpen":
      open(try decode(DidOpenTextDocumentParams.self, from: data).textDocument)
    case "textDocument/didChange":
      change(try decode(DidChangeTextDocumentParams.self, from: data))
    case "textDocument/didSave":
      scheduleLint(uri: try decode(TextDocumentParams.self, from: data).textDocument.uri, now: true)
    case "textDocument/didClose":
      close(try decode(TextDocumentParams.self, from: data).textDocument.uri)
    case "workspace/didChangeWatchedFiles":
      // A .salin.yml or a catalog changed on disk: make linters anew and lint what is open.
      linting.reload()
      for uri in state.withLock({ Array($0.documents.keys) }) { scheduleLint(uri: uri, now: true) }
    case "textDocument/codeAction":
      respond(id, codeActions(try decode(CodeActionParams.self, from: data)))
    case "textDocument/hover":
      respond(id, hover(try decode(TextDocumentPositionParams.self, from: data)))
    default:
      // Unknown notifications are ignored; unknown requests get "method not found".
      if isRequest { throw ResponseError.methodNotFound(method) }
    }
  }

  func decode<P: Decodable>(_ type: P.Type, from data: Data) throws -> P {
    try JSONDecoder().decode(IncomingMessage.Params<P>.self, from: data).params
  }

  /// A decoding error as one line: which field, and what was wrong with it.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return
        "missing '\(([path(context)] + [key.stringValue]).filter { !$0.isEmpty }.joined(separator: "."))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong type at '\(path(context))'"
    case .dataCorrupted(let context):
      return "bad value at '\(path(context))'"
    @unknown default:
      return "\(error)"
    }
  }
}
