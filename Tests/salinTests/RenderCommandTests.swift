import Foundation
import SalinTestSupport
import Testing

@Suite("salin render")
struct RenderCommandTests {
  static let seed = "seeds/edscg-5.briefing.yaml"

  /// A locale without a catalog is bad input, not bad usage: one line, exit 2, no usage text.
  @Test func aLocaleWithoutACatalogIsOneErrorLine() throws {
    let result = try SalinProcess.run(["render", Self.seed, "--locale", "en,fr"])
    #expect(result.stderr == "error: no catalog for locale 'fr' (have en, ko, tl)\n")
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
  }

  /// A tag that is not BCP 47 is a usage error: `error:` and the usage, exit 2.
  @Test func aLocaleThatIsNotATagIsAUsageError() throws {
    let result = try SalinProcess.run(["render", Self.seed, "--locale", "en_US"])
    #expect(
      result.stderr.hasPrefix(
        "error: --locale: 'en_US' is not a BCP 47 language tag (write en-US)\nUsage: salin render"))
    #expect(result.status == 2)
  }

  /// Several locales as JSON are one JSON array of the documents, each as one locale writes it.
  @Test func severalLocalesAsJSONAreOneArray() throws {
    let both = try SalinProcess.run(["render", Self.seed, "--locale", "en,ko", "--format", "json"])
    #expect(both.status == 0)
    #expect(both.stdout.hasPrefix("[\n  {\n    \"blocks\" : ["))
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [[String: Any]])
    #expect(array.map { $0["locale"] as? String } == ["en", "ko"])
    let english = try SalinProcess.run(["render", Self.seed, "--locale", "en", "--format", "json"])
    let single = try #require(
      try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
    #expect(NSDictionary(dictionary: single).isEqual(to: array[0]))
  }
}
