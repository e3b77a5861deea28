import Foundation
import SalinTestSupport
import Testing

/// `salin lsp` through its own standard input and output: a scripted session, framed by hand.
@Suite("salin lsp")
struct LSPCommandTests {
  static func frame(_ message: [String: Any]) throws -> String {
    var message = message
    message["jsonrpc"] = "2.0"
    let body = try JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    return "Content-Length: \(body.count)\r\n\r\n" + String(decoding: body, as: UTF8.self)
  }

  /// Splits the server's output into messages, checking each frame's length in bytes.
  static func messages(_ output: String) -> [[String: Any]] {
    var bytes = Array(output.utf8)[...]
    var messages: [[String: Any]] = []
    while let end = bytes.indices.first(where: { bytes[$0...].starts(with: Array("\r\n\r\n".utf8)) }
    ) {
      let header = String(decoding: bytes[..<end], as: UTF8.self)
      guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst(16)) else {
        break
      }
      let body = bytes[(end + 4)...].prefix(length)
      if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
        messages.append(object)
      }
      bytes = bytes[(end + 4 + length)...]
    }
    return messages
  }

  @Test func aScriptedSessionOverStdio() throws {
    let directory = try TestSupport.temporaryDirectory()
    try Data("lang: en\n".utf8).write(to: directory.appendingPathComponent(".salin.yml"))
    let uri = directory.appendingPathComponent("note.txt").absoluteString
    let text = "Report 😀\nMga pinagmumulan: THX News.\n"
    let input = try [
      // Nonsense first: the server answers and keeps going.
      "Content-Length: 9\r\n\r\nnot json!",
      Self.frame(["id": 1, "method": "initialize", "params": ["capabilities": [:]]]),
      Self.frame(["method": "initialized", "params": [:]]),
      Self.frame([
        "method": "textDocument/didOpen",
        "params": [
          "textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": text]
        ],
      ]),
      Self.frame([
        "id": 2, "method": "textDocument/codeAction",
        "params": [
          "textDocument": ["uri": uri],
          "range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 0]],
          "context": ["diagnostics": []],
        ],
      ]),
      Self.frame(["id": 3, "method": "shutdown"]),
      Self.frame(["method": "exit"]),
    ].joined()
    let result = try SalinProcess.run(["lsp"], input: input)
    #expect(result.status == 0)
    let messages = Self.messages(result.stdout)
    #expect((messages.first?["error"] as? [String: Any])?["code"] as? Int == -32700)
    let diagnostics = messages.first {
      $0["method"] as? String == "textDocument/publishDiagnostics"
    }
    let published = (diagnostics?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    #expect(published?.map { $0["code"] as? String } == ["SL001"])
    let range = published?.first?["range"] as? [String: Any]
    #expect((range?["end"] as? [String: Any])?["character"] as? Int == 16)
    let actions = messages.first { $0["id"] as? Int == 2 }?["result"] as? [[String: Any]]
    #expect(actions?.first?["title"] as? String != nil)
    #expect(actions?.map { $0["kind"] as? String } == ["quickfix", "source.fixAll.salin"])
    #expect(messages.contains { $0["id"] as? Int == 3 && $0["result"] is NSNull })
  }
}
