import Foundation
import SalinTestSupport
import Testing

@Suite("salin import")
struct ImportCommandTests {
  static let seed = "seeds/000_59885a65178f0467.txt"

  /// `-` reads the article from standard input; `--stdin-filename` names it (ID, messages).
  @Test func standardInputIsTheFileItNames() throws {
    let text = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent(Self.seed), encoding: .utf8)
    let fromFile = try SalinProcess.run(["import", Self.seed, "--lang", "en"])
    let fromInput = try SalinProcess.run(
      ["import", "-", "--lang", "en", "--stdin-filename", Self.seed], input: text)
    #expect(fromInput.status == 0)
    #expect(fromInput.stdout == fromFile.stdout)
    #expect(fromInput.stderr == fromFile.stderr)
    #expect(fromFile.stdout.contains("\nid: 000_59885a65178f0467\n"))
  }

  /// An output that fails to be written is one line, exit 2, and nothing on stdout.
  @Test func aFullDeviceIsOneErrorLine() throws {
    let result = try SalinProcess.run(
      ["import", Self.seed, "--lang", "en", "--no-language-check", "-o", "/dev/full"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasSuffix("error: cannot write /dev/full: No space left on device\n"))
  }
}
