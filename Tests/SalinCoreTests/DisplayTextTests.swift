import SalinCore
import Testing

@Suite("DisplayText")
struct DisplayTextTests {
  /// Values from a file that would break a one-line message or drive the terminal.
  @Test(arguments: [
    ("a\nb", "a\\nb"), ("\u{1B}[2J", "\\u{1B}[2J"), ("tab\there", "tab\\there"),
    ("\u{202E}txt.exe", "\\u{202E}txt.exe"), ("nul\u{0}", "nul\\u{0}"), ("c1\u{9B}", "c1\\u{9B}"),
    ("Mga Detalye", "Mga Detalye"), ("세부 정보", "세부 정보"),
  ])
  func escapesControlAndBidiCharacters(text: String, shown: String) {
    #expect(DisplayText.quoted(text) == shown)
  }

  @Test func cutsLongValues() {
    #expect(
      DisplayText.quoted(String(repeating: "가", count: 81)) == String(repeating: "가", count: 80)
        + "…")
    #expect(
      DisplayText.quoted(String(repeating: "a", count: 80)) == String(repeating: "a", count: 80))
  }

  @Test func keepsTabsInSnippets() {
    #expect(DisplayText.escapingControls("a\tb\u{7}") == "a\tb\\u{7}")
  }

  @Test func locationsStayOnOneLine() {
    #expect(SourceLocation(file: "a\nb.md", line: 2, column: 3).description == "a\\nb.md:2:3")
  }
}
