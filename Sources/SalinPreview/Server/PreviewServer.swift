import Foundation
import Hummingbird
import Logging
import NIOCore
public import SalinCore
public import SalinLint
import SalinRender
import ServiceLifecycle
import UnixSignals

/// `salin preview`: serves the side-by-side page on a local port with Hummingbird, rebuilds it
/// when the briefing or a catalog changes on disk, and tells open pages over server-sent events.
public struct PreviewServer: Sendable {
  /// The address to bind; loopback by default, so that nothing outside the machine can connect.
  public let host: String
  /// The port; 0 picks a free one.
  public let port: Int
  /// How the content is made.
  public let builder: PreviewBuilder
  /// How often to look at the files, in milliseconds.
  public let pollMilliseconds: Int

  /// Makes a server.
  /// - Parameters:
  ///   - builder: Makes the content.
  ///   - host: The address to bind.
  ///   - port: The port, or 0 for any free one.
  ///   - pollMilliseconds: How often to look for changes.
  public init(
    builder: PreviewBuilder, host: String = "127.0.0.1", port: Int = 8484,
    pollMilliseconds: Int = 250
  ) {
    self.builder = builder
    self.host = host
    self.port = port
    self.pollMilliseconds = pollMilliseconds
  }

  /// Serves until the process is interrupted (SIGINT or SIGTERM).
  /// - Parameter onRunning: Called with the page's URL once the port is bound.
  /// - Throws: When the address cannot be bound.
  public func run(onRunning: @escaping @Sendable (String) -> Void) async throws {
    let state = PreviewState()
    let builder = self.builder
    rebuild(state)
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
      Self.respond(to: request, state: state)
    }
    var logger = Logger(label: "salin.preview")
    logger.logLevel = .warning
    let host = self.host
    let watcher = FileWatcherService(
      builder: builder, state: state, pollMilliseconds: pollMilliseconds,
      rebuild: { self.rebuild(state) })
    let app = Application(
      responder: responder,
      configuration: ApplicationConfiguration(
        address: .hostname(host, port: port), serverName: "salin-preview"),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? 0
        let shown = host.contains(":") ? "[\(host)]" : host
        onRunning("http://\(shown):\(port)/")
      },
      logger: logger)
    // One group for both, so that a signal shuts them down in reverse order: the watcher first,
    // ending the pages' event streams, then the server, which waits for its connections to end.
    let group = ServiceGroup(
      configuration: ServiceGroupConfiguration(
        services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
  }

  private func rebuild(_ state: PreviewState) {
    let content = builder.build()
    var renderings: [Language: String] = [:]
    for column in content.columns {
      renderings[column.locale] = column.html
    }
    state.publish(content, renderings: renderings)
  }

  static func respond(to request: Request, state: PreviewState) -> Response {
    guard request.method == .get || request.method == .head else {
      return text(.methodNotAllowed, "only GET\n")
    }
    guard let route = PreviewRoute.resolve(request.uri.path, locales: state.locales) else {
      return text(.notFound, "not found\n")
    }
    switch route {
    case .page:
      return html(state.page)
    case .rendering(let locale):
      guard let page = state.rendering(locale) else { return text(.notFound, "not found\n") }
      return html(page)
    case .events:
      let stream = state.listen()
      var headers = HTTPFields()
      headers[.contentType] = "text/event-stream; charset=utf-8"
      headers[.cacheControl] = "no-cache"
      return Response(
        status: .ok, headers: headers,
        body: ResponseBody { writer in
          try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
          for await version in stream {
            try await writer.write(ByteBuffer(string: "event: change\ndata: \(version)\n\n"))
          }
          try await writer.finish(nil)
        })
    }
  }

  static func html(_ page: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    headers[.cacheControl] = "no-store"
    // The page runs only its own inline script and talks only to this server.
    headers[.contentSecurityPolicy] =
      "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
    return Response(
      status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
  }

  static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/plain; charset=utf-8"
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
  }
}
