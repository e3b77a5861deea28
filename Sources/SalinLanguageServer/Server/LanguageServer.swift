import Dispatch
import Foundation
import SalinLint
import Synchronization

/// Salin's language server: reads JSON-RPC messages, keeps the open documents, lints them on open
/// and (debounced) on change, and answers code action and hover requests.
///
/// Messages are handled one at a time on a serial queue, in the order they arrive; linting runs on
/// a second serial queue so that a long lint never delays reading the next message. A lint's
/// diagnostics are published only if the document has not changed since: a newer lint is coming.
/// Nothing a client sends stops the server but `exit`: bad JSON, unknown methods and bad
/// parameters are answered with JSON-RPC errors (or logged, for notifications).
public final class LanguageServer: Sendable {
  /// The server's name and version, for `initialize`.
  public static let name = "salin"

  let linting: any DocumentLinting
  let version: String
  let sink: @Sendable ([UInt8]) -> Void
  let queue = DispatchQueue(label: "salin.lsp.messages")
  let lintQueue = DispatchQueue(label: "salin.lsp.lint")
  let state: Mutex<ServerState>
  /// Called once with the exit status when the client sends `exit`.
  let onExit: @Sendable (Int32) -> Void

  /// Makes a server.
  /// - Parameters:
  ///   - linting: What lints documents and identifies languages.
  ///   - version: Salin's version, for `serverInfo`.
  ///   - debounce: How long to wait after a change before linting.
  ///   - sink: Writes a framed message to the client (called from any thread, one at a time).
  ///   - onExit: Called with the exit status on `exit` (0 after `shutdown`, else 1).
  public init(
    linting: any DocumentLinting, version: String, debounce: Duration = .milliseconds(150),
    sink: @escaping @Sendable ([UInt8]) -> Void, onExit: @escaping @Sendable (Int32) -> Void
  ) {
    self.linting = linting
    self.version = version
    self.sink = sink
    self.onExit = onExit
    state = Mutex(ServerState(debounce: debounce))
  }

  /// Handles a message body (JSON) read from the client, after the messages before it.
  /// - Parameter body: The content of one framed message.
  public func receive(_ body: [UInt8]) {
    queue.async { self.handle(body) }
  }

  /// Handles a framing problem: the bytes are gone, so it is logged, not answered.
  /// - Parameter problem: What was wrong with the header.
  public func receiveBadHeader(_ problem: String) {
    queue.async { self.log(.error, "dropped input: \(problem)") }
  }

  /// Waits until every message received so far is handled and every lint it started is done.
  ///
  /// For tests and for a clean end of input.
  public func drain() {
    queue.sync {}
    let pending = state.withLock { $0.documents.values.map(\.pendingLint) }.contains(true)
    if pending { Thread.sleep(forTimeInterval: state.withLock { $0.debounceSeconds }) }
    lintQueue.sync {}
    queue.sync {}
    lintQueue.sync {}
  }

  // MARK: Sending

  func send(_ value: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    guard let body = try? encoder.encode(value) else { return }
    sink(MessageFramer.frame([UInt8](body)))
  }

  func respond(_ id: RequestID?, _ result: some Encodable) {
    send(OutgoingResponse(id: id, result: result, error: nil))
  }

  func respond(_ id: RequestID?, error: ResponseError) {
    send(OutgoingResponse<Bool>(id: id, result: nil, error: error))
  }

  func notify(_ method: String, _ params: some Encodable) {
    send(OutgoingNotification(method: method, params: params))
  }

  /// `window/logMessage` types.
  enum LogLevel: Int {
    case error = 1, warning, info, log
  }

  func log(_ level: LogLevel, _ message: String) {
    struct LogMessage: Encodable {
      let type: Int
      let message: String
    }
    notify("window/logMessage", LogMessage(type: level.rawValue, message: "salin: \(message)"))
  }
}

/// What the server knows between messages.
struct ServerState {
  /// Before `initialize`, requests are refused.
  var isInitialized = false
  /// After `shutdown`, requests are refused and `exit` ends with 0.
  var isShutDown = false
  var debounce: Duration
  var documents: [String: OpenDocument] = [:]
  /// Warnings already logged (each once, not once per lint).
  var warned: Set<String> = []

  var debounceSeconds: Double {
    let (seconds, attoseconds) = debounce.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

/// An open document: its text, its version, and its last lint.
struct OpenDocument {
  var uri: String
  var path: String
  var version: Int
  var buffer: TextBuffer
  /// Bumped by each change, so that a debounced lint knows it is stale.
  var generation = 0
  var pendingLint = false
  /// The last published findings, with the buffer they were computed on.
  var findings: [Finding] = []
  var lintedBuffer: TextBuffer?
}
