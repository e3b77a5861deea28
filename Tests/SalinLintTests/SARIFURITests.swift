import Foundation
import Testing

@testable import SalinLint

@Suite("SARIF URIs")
struct SARIFURITests {
  /// `a:b.md` as a relative URI reads as the scheme `a` (RFC 3986, 4.2): the `:` is escaped.
  @Test(arguments: [
    ("a:b.md", "a%3Ab.md"), ("docs/a b.md", "docs/a%20b.md"), ("c:/x.md", "c%3A/x.md"),
    ("100%.md", "100%25.md"), ("뉴스.md", "%EB%89%B4%EC%8A%A4.md"),
  ])
  func relativePathsStayRelative(path: String, uri: String) {
    #expect(SARIFReporter.uri(path) == uri)
    #expect(URL(string: uri)?.scheme == nil)
  }
}
