import SalinCore
import SalinDocuments

/// A JSON value with where it is written, read by Salin's own small parser: Foundation's
/// `JSONSerialization` keeps neither key order nor positions, and both matter here (a round trip
/// keeps order; an error names `file:line:column`).
indirect enum JSONValue: Sendable {
  case object([Member], SourcePosition)
  case array([JSONValue], SourcePosition)
  case string(String, SourcePosition)
  case number(String, SourcePosition)
  case bool(Bool, SourcePosition)
  case null(SourcePosition)

  /// A member of an object.
  struct Member: Sendable {
    var key: String
    var keyPosition: SourcePosition
    var value: JSONValue
  }

  /// Where the value starts.
  var position: SourcePosition {
    switch self {
    case .object(_, let p), .array(_, let p), .string(_, let p), .number(_, let p),
      .bool(_, let p), .null(let p):
      p
    }
  }

  /// The members of an object (empty for anything else).
  var members: [Member] { if case .object(let members, _) = self { members } else { [] } }

  /// A member's value by key.
  func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }

  /// The string, if the value is one.
  var string: String? { if case .string(let s, _) = self { s } else { nil } }

  /// What kind of value it is, for messages.
  var kind: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }

  /// Parses a whole JSON text.
  static func parse(_ bytes: [UInt8], lines: LineIndex, path: String) throws(InterchangeError)
    -> JSONValue
  {
    var parser = JSONParser(bytes: bytes, lines: lines, path: path)
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.index == bytes.count else { throw parser.error("text after the JSON value") }
    return value
  }
}

/// A recursive-descent JSON parser (RFC 8259) that refuses duplicate keys and deep nesting.
private struct JSONParser {
  let bytes: [UInt8]
  let lines: LineIndex
  let path: String
  var index = 0

  init(bytes: [UInt8], lines: LineIndex, path: String) {
    self.bytes = bytes
    self.lines = lines
    self.path = path
  }

  func error(_ message: String, at offset: Int? = nil) -> InterchangeError {
    InterchangeError(
      SourceLocation(file: path, position: lines.position(of: min(offset ?? index, bytes.count))),
      "not valid JSON: \(message)")
  }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  mutating func value(depth: Int) throws(InterchangeError) -> JSONValue {
    guard depth < 64 else { throw error("nested deeper than 64 levels") }
    guard index < bytes.count else { throw error("the text ends where a value should be") }
    let position = lines.position(of: index)
    switch bytes[index] {
    case UInt8(ascii: "{"):
      index += 1
      var members: [JSONValue.Member] = []
      var seen: Set<String> = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members, position)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a key in double quotes")
        }
        let keyStart = index
        let keyPosition = lines.position(of: index)
        let key = try string()
        guard seen.insert(key).inserted else {
          throw error("the key \"\(key)\" appears twice in this object", at: keyStart)
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw error("expected ':' after the key")
        }
        index += 1
        skipSpace()
        members.append(
          JSONValue.Member(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
        skipSpace()
        guard index < bytes.count else { throw error("the object is not closed with '}'") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
        index += 1
        return .object(members, position)
      }
    case UInt8(ascii: "["):
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items, position)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        guard index < bytes.count else { throw error("the array is not closed with ']'") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
        index += 1
        return .array(items, position)
      }
    case UInt8(ascii: "\""):
      return .string(try string(), position)
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      for (word, value) in [
        ("true", JSONValue.bool(true, position)), ("false", .bool(false, position)),
        ("null", .null(position)),
      ]
      where bytes[index...].starts(with: word.utf8) {
        index += word.utf8.count
        return value
      }
      throw error("unexpected word")
    default:
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      guard index > start, Double(text) != nil else {
        throw error("unexpected character", at: start)
      }
      return .number(text, position)
    }
  }

  /// Reads a string at the opening quote.
  mutating func string() throws(InterchangeError) -> String {
    let open = index
    index += 1
    var out: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count else { break }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var value = try hex4()
          if (0xD800..<0xDC00).contains(value) {
            guard bytes[index...].starts(with: "\\u".utf8) else {
              throw error("a lone UTF-16 surrogate \\u\(String(value, radix: 16))", at: index - 6)
            }
            index += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error("a lone UTF-16 surrogate", at: index - 12)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(value) else {
            throw error("a lone UTF-16 surrogate", at: index - 6)
          }
          out += Array(String(scalar).utf8)
        default: throw error("unknown escape", at: index - 2)
        }
      case 0..<0x20:
        throw error("a control character inside a string (write it as an escape)")
      default:
        out.append(byte)
        index += 1
      }
    }
    throw error("the string is not closed with '\"'", at: open)
  }

  mutating func hex4() throws(InterchangeError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw error("\\u needs four hex digits") }
    index += 4
    return value
  }
}

/// Writes JSON text, two spaces an indent level, keys in the order given.
enum JSONText {
  /// A JSON string literal.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// A JSON value to write, built by writers.
indirect enum JSONOut {
  case object([(String, JSONOut)])
  case array([JSONOut])
  case string(String)
  case number(Int)
  case bool(Bool)

  /// The text, pretty-printed as Xcode and most tools write JSON (`"key" : value` when
  /// `spacedColons`, as Xcode writes String Catalogs).
  func text(indent: String = "", spacedColons: Bool = false) -> String {
    let colon = spacedColons ? " : " : ": "
    switch self {
    case .string(let s): return JSONText.quote(s)
    case .number(let n): return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .array(let items):
      guard !items.isEmpty else { return "[]" }
      let inner = indent + "  "
      return "[\n"
        + items.map { inner + $0.text(indent: inner, spacedColons: spacedColons) }.joined(
          separator: ",\n") + "\n" + indent + "]"
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      let inner = indent + "  "
      return "{\n"
        + members.map {
          inner + JSONText.quote($0.0) + colon
            + $0.1.text(indent: inner, spacedColons: spacedColons)
        }.joined(separator: ",\n") + "\n" + indent + "}"
    }
  }
}
