import Foundation
import SalinLanguageServer
import SalinLint
import Testing

/// A linter that finds nothing: these tests are about the protocol.
struct SilentLinting: DocumentLinting {
  func lint(_ bytes: [UInt8], path: String) -> DocumentReport { DocumentReport() }
  func identify(_ text: String, path: String) -> DetectedSpan? { nil }
  func reload() {}
}

@Suite("LanguageServer protocol")
struct LanguageServerProtocolTests {
  @Test func initializeAnnouncesWhatTheServerDoes() throws {
    let session = LSPSession(linting: SilentLinting())
    let id = session.request("initialize", ["capabilities": [:]])
    let result = try #require(session.response(to: id)?["result"] as? [String: Any])
    let capabilities = try #require(result["capabilities"] as? [String: Any])
    #expect(capabilities["positionEncoding"] as? String == "utf-16")
    #expect(capabilities["hoverProvider"] as? Bool == true)
    #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
    #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "salin")
  }

  @Test func requestsBeforeInitializeAreRefused() {
    let session = LSPSession(linting: SilentLinting())
    let id = session.request("textDocument/hover", [:])
    #expect((session.response(to: id)?["error"] as? [String: Any])?["code"] as? Int == -32002)
  }

  @Test func nonsenseIsAnsweredAndTheServerKeepsGoing() throws {
    let session = LSPSession(linting: SilentLinting())
    session.sendRaw("{ this is not json")
    session.sendRaw("[1, 2, 3]")
    session.sendRaw(#"{"jsonrpc":"2.0","id":{"nested":true},"method":"x"}"#)
    session.initialize()
    let unknown = session.request("salin/noSuchMethod")
    let badParams = session.request("textDocument/hover", ["textDocument": 5])
    let hover = session.request(
      "textDocument/hover",
      ["textDocument": ["uri": "file:///nowhere.md"], "position": ["line": 0, "character": 0]])
    let messages = session.messages()
    let errors = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
    #expect(errors == [-32700, -32600, -32600, -32601, -32602])
    // Errors for unreadable messages carry a null id.
    #expect(messages.prefix(3).allSatisfy { $0["id"] is NSNull })
    let hoverResponse = try #require(session.response(to: hover))
    #expect(hoverResponse["result"] is NSNull)
    #expect(
      ((session.response(to: badParams)?["error"] as? [String: Any])?["message"] as? String)?
        .contains("textDocument") == true)
    _ = unknown
  }

  @Test func shutdownThenExitEndsCleanly() {
    let session = LSPSession(linting: SilentLinting())
    session.initialize()
    let id = session.request("shutdown")
    #expect(session.response(to: id)?["result"] is NSNull)
    let after = session.request("textDocument/hover", [:])
    #expect((session.response(to: after)?["error"] as? [String: Any])?["code"] as? Int == -32600)
    session.notify("exit")
    _ = session.messages()
    #expect(session.exitedWith == 0)
  }

  @Test func exitWithoutShutdownIsAnError() {
    let session = LSPSession(linting: SilentLinting())
    session.initialize()
    session.notify("exit")
    _ = session.messages()
    #expect(session.exitedWith == 1)
  }

  @Test func closingClearsDiagnostics() {
    let session = LSPSession(linting: SilentLinting())
    session.initialize()
    let uri = "file:///tmp/a.md"
    session.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "Hi"]])
    session.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
    #expect(session.diagnostics(for: uri)?.isEmpty == true)
  }
}
