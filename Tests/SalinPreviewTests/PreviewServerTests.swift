import Foundation
import SalinLint
import SalinPreview
import SalinTestSupport
import Synchronization
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The server on a loopback port, asked over HTTP as a browser would.
@Suite("PreviewServer")
struct PreviewServerTests {
  @Test func servesThePageAndNothingOutsideItsOutput() async throws {
    let path = try PreviewBuilderTests.briefing()
    // A file beside the briefing that must never be served.
    let secret = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent("secret.txt")
    try Data("do not serve".utf8).write(to: secret)
    let server = PreviewServer(
      builder: PreviewBuilder(briefingPath: path, linters: PreviewBuilderTests.linters),
      port: 0)
    let url = Mutex<String?>(nil)
    let task = Task { try await server.run { address in url.withLock { $0 = address } } }
    defer { task.cancel() }
    var base: String?
    for _ in 0..<200 where base == nil {
      try await Task.sleep(for: .milliseconds(50))
      base = url.withLock { $0 }
    }
    let root = try #require(base)
    #expect(root.hasPrefix("http://127.0.0.1:"))

    func get(_ path: String) async throws -> (Int, String) {
      let (data, response) = try await URLSession.shared.data(
        from: try #require(URL(string: root + path)))
      return (
        (response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self)
      )
    }
    let (status, page) = try await get("")
    #expect(status == 200)
    #expect(page.components(separatedBy: "<article class=\"column\" lang=\"").count == 4)
    let (renderStatus, rendering) = try await get("render/ko.html")
    #expect(renderStatus == 200)
    #expect(rendering.contains("<html lang=\"ko\">"))
    for probe in ["secret.txt", "%2e%2e/%2e%2e/etc/passwd", "render/..%2Fsecret.txt.html"] {
      let (code, body) = try await get(probe)
      #expect(code == 404, "\(probe)")
      #expect(!body.contains("do not serve") && !body.contains("root:"), "\(probe)")
    }
  }
}
