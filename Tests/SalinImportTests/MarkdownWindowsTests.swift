import Foundation
import SalinBriefing
import SalinCore
import SalinDocuments
@testable import SalinImport
import SalinTestSupport
import Testing

/// Markdown is imported a window of lines at a time (issue 9: a 4.5 MB article took 89.5 MB),
/// and each window ends only where cmark-gfm reads what follows as it reads it in the whole
/// file, so that the windows give the whole document's import, places included.
@Suite("Markdown windows")
struct MarkdownWindowsTests {
  /// What a window must not cut through: `# ` lines after blank lines inside fences (of both
  /// kinds, a longer fence around a shorter one, a fence in a list item), comments, an HTML
  /// block, front matter, an indented code block and a block quote; lists, tables and setext
  /// headings before ATX headings; level-1 headings late in the file; labels and sources.
  static let tricky = [
    ("fences.md",
     """
     # Reading the Alliance

     The lead paragraph.

     ```sh
     echo one

     # a shell comment, not a heading

     ## nor this
     ```

     ## After the Fence

     ~~~~
     ~~~

     # still code
     ~~~~

     # Level One Again

     ## Details

         indented code

     # Heading After Indented Code

     - ```
       in an item

       ```

     ```

     # code after the item's fence
     ```

     ## Last

     Text.

     """),
    ("html.md",
     """
     Lead paragraph with <!-- an inline comment

     # inside the comment, not a heading

     --> and after it.

     <!--
     # inside a comment block
     -->

     # Heading After the Comment

     <pre>

     # inside pre, not a heading

     </pre>

     # Heading After Pre

     <div>

     # after the div's blank line: a heading

     > # a heading in a block quote

     # Mga Detalye

     Text.

     """),
    ("lists.md",
     """
     ---
     title: A Front Matter Title
     lang: en

     # a YAML comment, not a heading
     ---

     # Title

     - one
     - two
     lazy continuation

     # Defense Priorities

     1. first
     2. second

        continued in the item

     ## Agreed Areas of Focus

     | Agreed Areas of Focus | Mga Detalye |
     |---|---|
     | Missile Defense | Strengthening systems |
     | Cybersecurity | Safeguarding infrastructure |

     ## After the Table
     A setext heading
     ================

     Another one
     -----------

     #hashtag is a paragraph
     ####### seven is a paragraph
     #
     # Empty Above
     ###### Six\tTabbed

     Sources: THX News & US Department of State.

     """),
  ]

  /// Line endings and a byte order mark the windows must keep: CRLF lines, and U+FEFF first.
  static let crlf = "\u{FEFF}# Title\r\n\r\nLead.\r\n\r\n# Next\r\n\r\n```\r\n\r\n# code\r\n```\r\n\r\n## Last\r\nText."

  /// The repository's Markdown: the fuzzing corpus and regressions, and the docs.
  static func repositoryMarkdown() throws -> [String] {
    let root = TestSupport.packageRoot
    var paths: [String] = []
    for folder in ["Fuzz/corpus/markdown", "Fuzz/regressions/markdown", "docs"] {
      let url = root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
        paths.append(url.appendingPathComponent(name).path)
      }
    }
    return paths
  }

  /// Imports `path` whole and a window at a time; both must give the same parts and report.
  static func expectSameImport(path: String, windowSize: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let importer = ImportFixtures.importer
    var whole: [BriefingPart] = []
    let wholeResult: Result<ImportReport, ImportError>
    do throws(ImportError) {
      let document = try ArticleImporter.readArticle(atPath: path, format: .markdown)
      wholeResult = .success(
        try importer.importArticle(document, language: .english) {
          (part) throws(ImportError) in whole.append(part)
        })
    } catch {
      wholeResult = .failure(error)
    }
    var streamed: [BriefingPart] = []
    let streamedResult: Result<ImportReport, ImportError>
    do throws(ImportError) {
      var windows: DocumentWindows
      do throws(DocumentError) {
        windows = try DocumentWindows(path: path, format: .markdown, windowSize: windowSize)
      } catch {
        throw .unreadable(error)
      }
      streamedResult = .success(
        try importer.importArticle(&windows, language: .english) {
          (part) throws(ImportError) in streamed.append(part)
        })
    } catch {
      streamedResult = .failure(error)
    }
    switch (wholeResult, streamedResult) {
    case (.success(let wholeReport), .success(let report)):
      #expect(streamed == whole, "\(path)", sourceLocation: sourceLocation)
      #expect(report == wholeReport, "\(path)", sourceLocation: sourceLocation)
    case (.failure(let wholeError), .failure(let error)):
      #expect(error.description == wholeError.description, sourceLocation: sourceLocation)
    default:
      Issue.record("\(path): whole \(wholeResult), windows \(streamedResult)", sourceLocation: sourceLocation)
    }
  }

  /// Tricky Markdown, in windows of any size, gives the whole document's import.
  @Test(arguments: [1, 5, 40, 300, DocumentWindows.defaultWindowSize])
  func windowsOfAnySizeGiveTheWholeDocumentsImport(windowSize: Int) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in Self.tricky + [("crlf.md", Self.crlf)] {
      let path = folder.appendingPathComponent(name).path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      try Self.expectSameImport(path: path, windowSize: windowSize)
    }
  }

  /// The repository's Markdown, in small windows, gives the whole document's import.
  @Test(arguments: [1, 40, 300])
  func theRepositorysMarkdownGivesTheWholeImport(windowSize: Int) throws {
    for path in try Self.repositoryMarkdown() {
      try Self.expectSameImport(path: path, windowSize: windowSize)
    }
  }

  /// The windows end only before the headings that cmark reads as headings in the whole file.
  @Test func windowsEndBeforeTopLevelHeadingsOnly() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("fences.md").path
    try Data(Self.tricky[0].1.utf8).write(to: URL(fileURLWithPath: path))
    var windows = try DocumentWindows(path: path, format: .markdown, windowSize: 1)
    var firstLines: [Int] = []
    while let window = try windows.next() { firstLines.append(window.firstLine) }
    // `# Reading…`, `## After the Fence`, `# Level One Again`, `## Details`, `# Heading After…`.
    // Not before `# code after the item's fence`, which cmark reads as code (the window is read
    // again, longer), nor before `## Last`: the scan took the item's closing fence, which it
    // does not see open after `- `, for an opening one, and a window then never ends inside
    // what it takes for a fence — one window too long, never one too short.
    #expect(firstLines == [1, 13, 21, 23, 27])
  }

  /// A document that may define a link or footnote (`]:`) is read as one window: its
  /// definitions may be used anywhere.
  @Test func aDefinitionMakesOneWindow() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("links.md").path
    let text = "# Title\n\nSee [the report].\n\n## Later\n\nMore[^1].\n\n[the report]: https://example.com\n[^1]: A note.\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var windows = try DocumentWindows(path: path, format: .markdown, windowSize: 1)
    var count = 0
    while try windows.next() != nil { count += 1 }
    #expect(count == 1)
    try Self.expectSameImport(path: path, windowSize: 1)
  }

  /// A problem in a later window is reported at its place in the file.
  @Test func aProblemInALaterWindowIsPlacedInTheFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("late.md").path
    let sections = (1...10).map { "## Section \($0)\n\nProse of section \($0).\n" }
    try Data(Array(sections.joined(separator: "\n").utf8) + Array("\nCaf".utf8) + [0xE9, 0x0A])
      .write(to: URL(fileURLWithPath: path))
    var windows = try DocumentWindows(path: path, format: .markdown, windowSize: 40)
    let error = #expect(throws: ImportError.self) {
      try ImportFixtures.importer.importArticle(&windows, language: .english) { _ in }
    }
    #expect(
      error?.description
        == "\(path):41:4: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)")
    try Self.expectSameImport(path: path, windowSize: 40)
  }
}
