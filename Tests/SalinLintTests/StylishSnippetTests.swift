import Foundation
import SalinCore
import Testing

@testable import SalinLint

/// What the stylish reporter quotes from a document cannot drive the terminal, and a long line
/// is shown around the finding, not whole under every finding.
@Suite("Stylish snippets")
struct StylishSnippetTests {
  static func report(_ text: String) throws -> String {
    let marked = MarkedText(text)
    var findings = try lint(marked, path: "a.txt")
    findings.sort(by: Finding.precedes)
    let file = LintedFile(path: "a.txt", source: Array(marked.text.utf8), findings: findings)
    return StylishReporter(colour: false).report(file)
  }

  /// An escape sequence in a document was written to the terminal as it was (here: clear the
  /// screen, then a title change).
  @Test func escapesControlCharactersFromTheDocument() throws {
    let text = try Self.report("\u{1B}[2J\u{1B}]0;pwned\u{7} | 1️⃣Mga Detalye |\n---|---|\nx | y |\n")
    #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
    let shown = "\\u{1B}[2J\\u{1B}]0;pwned\\u{7} | "
    #expect(
      text.contains(
        "  \(shown)Mga Detalye |\n  " + String(repeating: " ", count: shown.count) + "^~~~~~~~~~~\n"
      ))
  }

  /// A 200,000-character line was quoted whole under each finding.
  @Test func showsALongLineAroundTheFinding() throws {
    let filler = String(repeating: "lorem ipsum ", count: 20_000)
    let text = try Self.report(filler + "The 1️⃣pulong is done " + filler + "\n")
    let snippet = text.split(separator: "\n")[1]
    #expect(snippet.hasPrefix("  …"))
    #expect(snippet.hasSuffix("…"))
    #expect(snippet.unicodeScalars.count < 200)
    let caret = text.split(separator: "\n")[2]
    let column = snippet.distance(
      from: snippet.startIndex, to: try #require(snippet.range(of: "pulong")).lowerBound)
    #expect(
      caret.prefix(column).allSatisfy { $0 == " " } && caret.dropFirst(column).hasPrefix("^~~~~~"))
  }

  @Test func keepsTabsSoTheCaretLinesUp() throws {
    let text = try Self.report("Area\t| 1️⃣Mga Detalye |\n---|---|\nx | y |\n")
    #expect(text.contains("  Area\t| Mga Detalye |\n      \t  ^~~~~~~~~~~\n"))
  }
}
