/// A JSON-RPC request's `id`: a number or a string, echoed unchanged in the response.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A numeric ID.
  case number(Int)
  /// A string ID.
  case string(String)

  /// Decodes a number or a string.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` for any other JSON value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  /// Encodes the ID as it came.
  /// - Parameter encoder: The encoder.
  /// - Throws: `EncodingError` from the encoder.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let number): try container.encode(number)
    case .string(let string): try container.encode(string)
    }
  }

  /// The ID as JSON would show it.
  public var description: String {
    switch self {
    case .number(let number): "\(number)"
    case .string(let string): "\"\(string)\""
    }
  }
}
