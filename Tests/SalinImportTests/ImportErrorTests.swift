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
      "latin1.txt", Array("Title\nCaf".utf8) + [0xE9, 0x0A], "latin1.txt:2: file is not valid UTF-8"
    ),
    ("blank.md", Array("\n   \n\n".utf8), "blank.md: no text to import"),
    ("binary.txt", [0x48, 0x00, 0x49], "binary.txt: binary file (contains NUL bytes), not text"),
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
