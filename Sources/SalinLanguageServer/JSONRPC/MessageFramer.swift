/// Splits a byte stream into JSON-RPC message bodies framed as the Language Server Protocol's base
/// protocol says: a header part of `Name: value` lines ended by `\r\n`, an empty line, then exactly
/// `Content-Length` bytes of content.
///
/// Bytes may arrive in any pieces (a read can end mid-header or mid-body); the framer keeps what it
/// has not used yet. A header part without a usable `Content-Length` cannot be skipped safely, so
/// the framer reports it and drops the bytes up to the end of that header part: the stream goes
/// on with the next message.
public struct MessageFramer: Sendable {
  /// The largest body accepted, so that a bad length cannot make the server allocate without bound.
  public static let maximumContentLength = 256 << 20

  /// What the framer found in the bytes fed so far.
  public enum Frame: Hashable, Sendable {
    /// A complete message body (JSON text).
    case message([UInt8])
    /// A header part that frames no message; its bytes were dropped.
    case badHeader(String)
  }

  /// The longest header part accepted.
  public static let maximumHeaderLength = 8192

  private var buffer: [UInt8] = []
  private var start = 0

  /// Makes an empty framer.
  public init() {}

  /// How many bytes are held, waiting for the rest of a message.
  public var pendingByteCount: Int { buffer.count - start }

  /// Adds bytes read from the stream and returns the frames they complete, in order.
  /// - Parameter bytes: The next bytes of the stream.
  /// - Returns: Complete message bodies and header problems; empty if a message is still partial.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Frame] {
    buffer.append(contentsOf: bytes)
    var frames: [Frame] = []
    while let frame = nextFrame() { frames.append(frame) }
    // Drop what was used, now and then rather than per message (each drop copies the rest).
    if start > 0, start >= buffer.count / 2 || start > 1 << 16 {
      buffer.removeFirst(start)
      start = 0
    }
    return frames
  }

  private mutating func nextFrame() -> Frame? {
    guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: start) else {
      // A header part is a few dozen bytes; this many without an end is not a header.
      if pendingByteCount > Self.maximumHeaderLength {
        start = buffer.count
        return .badHeader("no end of header in \(Self.maximumHeaderLength) bytes; input dropped")
      }
      return nil
    }
    let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
    let bodyStart = headerEnd + 4
    switch Self.contentLength(in: header) {
    case .failure(let problem):
      start = bodyStart
      return .badHeader(problem.description)
    case .success(let length):
      guard buffer.count - bodyStart >= length else { return nil }
      start = bodyStart + length
      return .message(Array(buffer[bodyStart..<bodyStart + length]))
    }
  }

  /// A header part's problem, for the log.
  struct HeaderProblem: Error, CustomStringConvertible {
    let description: String
  }

  /// The `Content-Length` of a header part (header names are case-insensitive; other fields,
  /// such as `Content-Type`, are allowed and ignored).
  static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
    var length: Int?
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(
          HeaderProblem(description: "header line without a colon: '\(line.prefix(80))'"))
      }
      let name = line[..<colon].trimmingSpaces().lowercased()
      guard name == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmingSpaces()
      guard let parsed = Int(value), parsed >= 0, parsed <= maximumContentLength else {
        return .failure(HeaderProblem(description: "bad Content-Length '\(value.prefix(40))'"))
      }
      length = parsed
    }
    guard let length else {
      return .failure(HeaderProblem(description: "header part without Content-Length"))
    }
    return .success(length)
  }

  /// Frames a message body for writing: the `Content-Length` header, an empty line, the body.
  /// - Parameter body: The JSON text, as UTF-8.
  /// - Returns: The bytes to write.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard haystack.count - from >= needle.count else { return nil }
    var index = from
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == needle[0], haystack[index + 1] == needle[1],
        haystack[index + 2] == needle[2], haystack[index + 3] == needle[3]
      {
        return index
      }
      index += 1
    }
    return nil
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
