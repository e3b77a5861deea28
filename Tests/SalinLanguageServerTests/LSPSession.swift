import Foundation
import SalinLanguageServer
import Synchronization

/// A client's side of an in-process session: frames requests into a server and collects what it
/// writes back, decoded.
final class LSPSession: Sendable {
  let server: LanguageServer
  private let output: Locked<[UInt8]>
  private let exitStatus: Locked<Int32?>
  private let nextID = Mutex(0)

  /// A value behind a lock, shared by reference with the server's closures.
  final class Locked<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
  }

  init(linting: any DocumentLinting) {
    let output = Locked<[UInt8]>([])
    let exitStatus = Locked<Int32?>(nil)
    self.output = output
    self.exitStatus = exitStatus
    server = LanguageServer(
      linting: linting, version: "test", debounce: .zero,
      sink: { bytes in output.value.withLock { $0 += bytes } },
      onExit: { status in exitStatus.value.withLock { $0 = status } })
  }

  var exitedWith: Int32? { exitStatus.value.withLock { $0 } }

  /// Sends raw text as one framed message.
  func sendRaw(_ body: String) {
    var framer = MessageFramer()
    for frame in framer.feed(MessageFramer.frame(Array(body.utf8))) {
      if case .message(let bytes) = frame { server.receive(bytes) }
    }
  }

  func send(_ object: [String: Any]) {
    var message = object
    message["jsonrpc"] = "2.0"
    // The tests build their messages from literals: serialization cannot fail.
    guard let data = try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    else { return }
    sendRaw(String(decoding: data, as: UTF8.self))
  }

  @discardableResult
  func request(_ method: String, _ params: Any = [String: Any]()) -> Int {
    let id = nextID.withLock {
      $0 += 1
      return $0
    }
    send(["id": id, "method": method, "params": params])
    return id
  }

  func notify(_ method: String, _ params: Any = [String: Any]()) {
    send(["method": method, "params": params])
  }

  func initialize() {
    request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]])
    notify("initialized")
  }

  /// Every message the server has written, decoded, after handling all sent so far.
  func messages() -> [[String: Any]] {
    server.drain()
    var framer = MessageFramer()
    let bytes = output.value.withLock { $0 }
    return framer.feed(bytes).compactMap {
      guard case .message(let body) = $0 else { return nil }
      return try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
    }
  }

  func response(to id: Int) -> [String: Any]? {
    messages().last { ($0["id"] as? Int) == id }
  }

  /// The last diagnostics published for a URI.
  func diagnostics(for uri: String) -> [[String: Any]]? {
    let published = messages().filter {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
    }
    return (published.last?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
  }

  static func range(_ diagnostic: [String: Any]) -> String {
    let range = diagnostic["range"] as? [String: Any]
    func point(_ key: String) -> String {
      let position = range?[key] as? [String: Any]
      return "\(position?["line"] as? Int ?? -1):\(position?["character"] as? Int ?? -1)"
    }
    return "\(point("start"))-\(point("end"))"
  }
}
