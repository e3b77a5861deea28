import Foundation
import SalinTestSupport
import Testing

@Suite("salin terms")
struct TermsCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized.path

  @Test func theSeedBriefingIsClean() throws {
    let result = try SalinProcess.run([
      "terms", "check", Self.root + "/seeds/edscg-5.briefing.yaml", "--termbase",
      Self.root + "/seeds/edscg.termbase.yaml",
    ])
    #expect(result.stdout == "")
    #expect(result.status == 0)
  }

  /// A malformed TBX is one line naming file:line:column, exit 2.
  @Test func malformedTBXExitsTwoWithAPosition() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(getpid()).tbx")
    try Data("<tbx>\n  <text><body>\n    <conceptEntry id=\"a\">\n  </body></text></tbx>\n".utf8)
      .write(to: path)
    defer { try? FileManager.default.removeItem(at: path) }
    let result = try SalinProcess.run(["terms", "convert", path.path])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix(path.path + ":4:"))
    #expect(result.stderr.contains(": error: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  /// `--to xml` wrote YAML without a word; it is a usage error now.
  @Test func anUnknownOutputFormatIsRefused() throws {
    let result = try SalinProcess.run([
      "terms", "convert", Self.root + "/seeds/edscg.termbase.yaml", "--to", "xml",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: --to takes yaml or tbx, not 'xml'\n"))
  }

  /// YAML → TBX → YAML gives back the same text.
  @Test func convertsBothWays() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "terms-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let tbx = directory.appendingPathComponent("edscg.tbx").path
    let source = Self.root + "/seeds/edscg.termbase.yaml"
    #expect(try SalinProcess.run(["terms", "convert", source, "-o", tbx]).status == 0)
    let viaTBX = try SalinProcess.run(["terms", "convert", tbx])
    let direct = try SalinProcess.run(["terms", "convert", source])
    #expect(viaTBX.status == 0)
    #expect(viaTBX.stdout == direct.stdout)
  }
}
