import SalinCore
import SalinPreview
import Testing

@Suite("PreviewRoute")
struct PreviewRouteTests {
  static let locales = [Language("en"), Language("tl"), Language("ko")]

  @Test(arguments: [
    ("/", PreviewRoute.page), ("/index.html", .page), ("/events", .events),
    ("/render/ko.html", .rendering(Language("ko"))),
  ])
  func servesItsOwnOutput(path: String, route: PreviewRoute) {
    #expect(PreviewRoute.resolve(path, locales: Self.locales) == route)
  }

  /// Nothing outside the briefing's own output: no file is ever read because of a path.
  @Test(arguments: [
    "/../../etc/passwd", "/render/../../etc/passwd.html", "/render/..%2F..%2Fetc%2Fpasswd.html",
    "/render/%2e%2e/%2e%2e/etc/passwd.html", "/render/fr.html", "/render/en.html/../x.html",
    "//etc/passwd", "/render/en", "/locales/en.yaml", "/edscg-5.briefing.yaml", "/events/../",
    "/render//en.html", "/render/en.html%00", "/%2e%2e/",
  ])
  func refusesEverythingElse(path: String) {
    #expect(PreviewRoute.resolve(path, locales: Self.locales) == nil)
  }
}
