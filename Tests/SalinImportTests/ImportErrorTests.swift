import Foundation
import SalinCore
import SalinImport
import SalinTestSupport
import Testing

/// Bad input is one line naming the file, never a crash or an empty briefing.
@Suite("ImportError")
struct ImportErrorTests {
  @Test(arguments: [
    ("empty.txt", [UInt8](), "empty.txt: file is empty"),
    (
      "latin1.txt", Array("Title\nCaf".utf8) + [0xE9, 0x0A],
      "latin1.txt:2:4: file is not valid UTF-8: convert it (for example with iconv -t UTF-8)"
    ),
    ("blank.md", Array("\n   \n\n".utf8), "blank.md: no text to import"),
    (
      "binary.txt", [0x48, 0x00, 0x49],
      "binary.txt:1:2: binary file (a NUL byte here), not text: Salin reads UTF-8 text"
    ),
  ])
  func badFilesAreOneLineErrors(name: String, bytes: [UInt8], expected: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: ImportError.self) {
      try ImportFixtures.importer.importArticle(atPath: path, language: .english)
    }
    #expect(error?.description == folder.path + "/" + expected)
  }

  @Test func aMissingFileIsNamed() {
    let error = #expect(throws: ImportError.self) {
      try ImportFixtures.importer.importArticle(
        atPath: "/nonexistent/article.txt", language: .english)
    }
    #expect(error?.description == "/nonexistent/article.txt: cannot read file: no such file")
  }
}

@Suite("ArticleImporter.briefingID")
struct BriefingIDTests {
  /// The ID names rendered files, so it must load back: `..x.txt` gave `.` ( a hidden file's
  /// name), which the briefing loader now refuses.
  @Test(arguments: [
    ("seeds/000_59885a65178f0467.txt", "000_59885a65178f0467"), ("..x.txt", "x"),
    ("-_.txt", "article"), ("a b/뉴스 기사.md", "article"), ("news.2024.md", "news.2024"),
  ])
  func isAValidBriefingID(path: String, id: String) {
    #expect(ArticleImporter.briefingID(forPath: path) == id)
    #expect(BriefingMetadata.isValidID(id))
  }
}
