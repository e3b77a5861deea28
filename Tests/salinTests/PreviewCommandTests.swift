import SalinTestSupport
import Testing

@Suite("salin preview")
struct PreviewCommandTests {
  /// A briefing that is not there is bad input — one line, exit 2, no server — not a usage
  /// error followed by the usage text.
  @Test func aMissingBriefingIsOneErrorLine() throws {
    let result = try SalinProcess.run(["preview", "no-such.briefing.yaml", "--port", "0"])
    #expect(result.status == 2)
    #expect(result.stderr == "error: no-such.briefing.yaml: no such file or directory\n")
  }
}
