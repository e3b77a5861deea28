/// A JSON-RPC error object, with the codes JSON-RPC 2.0 and the Language Server Protocol define.
public struct ResponseError: Error, Hashable, Sendable, Codable {
  /// The error code.
  public var code: Int
  /// A sentence for the log.
  public var message: String

  /// Makes an error.
  /// - Parameters:
  ///   - code: The code.
  ///   - message: What went wrong.
  public init(code: Int, message: String) {
    self.code = code
    self.message = message
  }

  /// Invalid JSON was received (`-32700`).
  public static func parseError(_ message: String) -> Self { Self(code: -32700, message: message) }
  /// The JSON is not a valid request object (`-32600`).
  public static func invalidRequest(_ message: String) -> Self {
    Self(code: -32600, message: message)
  }
  /// The method does not exist or is not available (`-32601`).
  public static func methodNotFound(_ method: String) -> Self {
    Self(code: -32601, message: "unhandled method \(method)")
  }
  /// Invalid method parameters (`-32602`).
  public static func invalidParams(_ message: String) -> Self {
    Self(code: -32602, message: message)
  }
  /// An error inside the server (`-32603`).
  public static func internalError(_ message: String) -> Self {
    Self(code: -32603, message: message)
  }
  /// A request before `initialize` (`-32002`, LSP's `ServerNotInitialized`).
  public static let serverNotInitialized = Self(
    code: -32002, message: "the server has not been initialized")
  /// A request after `shutdown` (`-32600`, as the LSP specification asks).
  public static let shutDown = Self(code: -32600, message: "the server is shutting down")
  /// A request the server gave up on (`-32803`, LSP's `RequestFailed`).
  public static func requestFailed(_ message: String) -> Self {
    Self(code: -32803, message: message)
  }
}
