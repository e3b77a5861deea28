import SalinLanguageServer
import Testing

@Suite("MessageFramer")
struct MessageFramerTests {
  static let first = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
  static let second = #"{"jsonrpc":"2.0","method":"initialized","params":{"note":"한국어 😀"}}"#

  static func framed(_ body: String) -> [UInt8] { MessageFramer.frame(Array(body.utf8)) }

  static func bodies(_ frames: [MessageFramer.Frame]) -> [String] {
    frames.compactMap {
      if case .message(let body) = $0 { String(decoding: body, as: UTF8.self) } else { nil }
    }
  }

  @Test func framesWithTheByteLengthNotTheCharacterCount() {
    let framed = Self.framed(Self.second)
    let header = String(decoding: framed.prefix(while: { $0 != 0x7B }), as: UTF8.self)
    // 한국어 is 9 bytes for 3 characters and 😀 4 bytes for 1: the length counts bytes.
    #expect(header == "Content-Length: 75\r\n\r\n")
    #expect(Self.second.count == 66)
  }

  @Test func twoMessagesInOneRead() {
    var framer = MessageFramer()
    let frames = framer.feed(Self.framed(Self.first) + Self.framed(Self.second))
    #expect(Self.bodies(frames) == [Self.first, Self.second])
    #expect(framer.pendingByteCount == 0)
  }

  @Test func oneByteAtATime() {
    var framer = MessageFramer()
    var bodies: [String] = []
    for byte in Self.framed(Self.first) + Self.framed(Self.second) {
      bodies += Self.bodies(framer.feed([byte]))
    }
    #expect(bodies == [Self.first, Self.second])
  }

  @Test(arguments: [1, 7, 20, 61, 64])
  func splitAnywhere(at split: Int) {
    let stream = Self.framed(Self.first) + Self.framed(Self.second)
    var framer = MessageFramer()
    var bodies = Self.bodies(framer.feed(stream.prefix(split)))
    bodies += Self.bodies(framer.feed(stream.dropFirst(split)))
    #expect(bodies == [Self.first, Self.second])
  }

  @Test func otherHeadersAndAnyCaseAreAccepted() {
    var framer = MessageFramer()
    let body = Array(Self.first.utf8)
    let stream =
      Array(
        "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:  \(body.count)\r\n\r\n"
          .utf8) + body
    #expect(Self.bodies(framer.feed(stream)) == [Self.first])
  }

  @Test func aHeaderWithoutALengthIsReportedAndTheNextMessageStillArrives() {
    var framer = MessageFramer()
    let frames = framer.feed(
      Array("Content-Type: text/plain\r\n\r\n".utf8) + Self.framed(Self.first))
    #expect(frames.count == 2)
    #expect(frames.first == .badHeader("header part without Content-Length"))
    #expect(Self.bodies(frames) == [Self.first])
  }

  @Test func aNegativeOrHugeLengthIsRefused() {
    var framer = MessageFramer()
    let frames = framer.feed(
      Array("Content-Length: -5\r\n\r\nContent-Length: 99999999999\r\n\r\n".utf8)
        + Self.framed(Self.first))
    #expect(
      frames.prefix(2) == [
        .badHeader("bad Content-Length '-5'"), .badHeader("bad Content-Length '99999999999'"),
      ])
    #expect(Self.bodies(frames) == [Self.first])
  }

  @Test func endlessGarbageIsDroppedNotKept() {
    var framer = MessageFramer()
    let frames = framer.feed([UInt8](repeating: 0x61, count: MessageFramer.maximumHeaderLength + 1))
    #expect(frames.count == 1)
    #expect(framer.pendingByteCount == 0)
    #expect(Self.bodies(framer.feed(Self.framed(Self.first))) == [Self.first])
  }
}
