import Foundation

/// The part of a JSON-RPC message that says what it is, decoded before its parameters: a request
/// has a `method` and an `id`, a notification a `method` only, a response an `id` only.
struct IncomingMessage: Decodable {
  let jsonrpc: String?
  let id: RequestID?
  let method: String?
  /// Whether an `id` key is present at all (`"id": null` is an invalid request's answer).
  let hasID: Bool

  enum CodingKeys: String, CodingKey {
    case jsonrpc, id, method
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    jsonrpc = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
    id = try? container.decodeIfPresent(RequestID.self, forKey: .id)
    method = try? container.decodeIfPresent(String.self, forKey: .method)
    hasID = container.contains(.id)
  }

  /// A message's `params`, decoded as the method's parameter type.
  struct Params<P: Decodable>: Decodable {
    let params: P
  }
}

/// A response: the ID of the request it answers and either a result or an error.
struct OutgoingResponse<Result: Encodable>: Encodable {
  let id: RequestID?
  let result: Result?
  let error: ResponseError?

  enum CodingKeys: String, CodingKey {
    case jsonrpc, id, result, error
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("2.0", forKey: .jsonrpc)
    // JSON-RPC: the ID is null when it could not be read (a parse error).
    if let id {
      try container.encode(id, forKey: .id)
    } else {
      try container.encodeNil(forKey: .id)
    }
    if let error {
      try container.encode(error, forKey: .error)
    } else if let result {
      try container.encode(result, forKey: .result)
    } else {
      // A successful response always has `result`, null for `shutdown` or an empty hover.
      try container.encodeNil(forKey: .result)
    }
  }
}

/// A notification the server sends (`textDocument/publishDiagnostics`, `window/logMessage`).
struct OutgoingNotification<Params: Encodable>: Encodable {
  let jsonrpc = "2.0"
  let method: String
  let params: Params
}
