import Foundation
import SalinTestSupport
import Testing

@Suite("salin detect")
struct DetectCommandTests {
  /// Bulk use: one answer per input line, in order, blank and punctuation-only lines included
  /// (undetermined), so answers can be pasted beside their lines.
  @Test func answersEveryLineOfStandardInputInOrder() throws {
    let result = try SalinProcess.run(
      ["detect", "-"], input: "Mga Detalye\nMissile Defense\n세부 정보\n\n!!!\n")
    #expect(result.status == 0)
    let languages = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().map { $0.split(separator: "\t").first.map(String.init) ?? "" }
    #expect(languages == ["tl", "en", "ko", "und", "und"])
  }

  @Test func jsonLinesSayNullWhenUndetermined() throws {
    let result = try SalinProcess.run(
      ["detect", "-", "--format", "json"], input: "Mga Detalye\n...\n")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["language"] as? String == "tl")
    let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
    #expect(second?["language"] is NSNull)
  }

  @Test func spansOfTheSeedsSourcesLine() throws {
    let result = try SalinProcess.run([
      "detect", "--spans", "--main", "en", "Mga pinagmumulan: THX News & US Department of State.",
    ])
    let fields = result.stdout.split(separator: "\t").map(String.init)
    #expect(fields.count == 5, "\(result.stdout)")
    #expect(fields.first == "tl")
    #expect(fields.dropFirst().first == "0..<16")
    #expect(fields.dropFirst(3).first == "Mga pinagmumulan")
  }

  /// A language the model does not know is one line, exit 2: it was thrown as a usage error
  /// from `run()`, which printed the root command's usage after it.
  @Test func anUnknownCandidateIsOneErrorLine() throws {
    let result = try SalinProcess.run(["detect", "--languages", "en,xx", "hello"])
    #expect(result.status == 2)
    #expect(result.stderr == "error: the model does not know xx; it knows en, ko, tl\n")
  }

  /// A program that writes a line and waits for its answer (a co-process) gets it at once: the
  /// answer is not held in stdout's buffer until input ends.
  ///
  /// Input stays open for 30 s (closed at once when the answer comes); an answer that only came
  /// when it closed would arrive after that.
  @Test func answersEachLineAsItArrivesOnAPipe() throws {
    let process = Process()
    process.executableURL = SalinProcess.executable
    process.arguments = ["detect", "-"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let start = ContinuousClock.now
    input.fileHandleForWriting.write(Data("Mga Detalye\n".utf8))
    DispatchQueue.global().asyncAfter(deadline: .now() + 30) {
      try? input.fileHandleForWriting.close()
    }
    let answer = output.fileHandleForReading.availableData
    let waited = ContinuousClock.now - start
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(String(decoding: answer, as: UTF8.self).hasPrefix("tl\t"))
    #expect(waited < .seconds(20), "the answer waited for the end of input: \(waited)")
  }
}
