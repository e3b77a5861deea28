import Foundation
import SalinLint
import SalinTestSupport
import Testing

@Suite("FileCollector")
struct FileCollectorTests {
  @Test func walksHonouringIgnoreFiles() throws {
    let root = try TestSupport.temporaryDirectory()
    let files = [
      "a.md", "b.txt", "notes.json", "tl.yaml", "config.yaml", "build/out.md", "docs/c.md",
      "docs/draft.md", "docs/keep.md", "vendor/v.md", ".git/x.md", "po/tl.po",
    ]
    for file in files {
      let url = root.appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try "x\n".write(to: url, atomically: true, encoding: .utf8)
    }
    try "build/\n*.log\n".write(
      to: root.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
    try "vendor\n".write(
      to: root.appendingPathComponent(".salinignore"), atomically: true, encoding: .utf8)
    try "draft.md\n!keep.md\n".write(
      to: root.appendingPathComponent("docs/.gitignore"), atomically: true, encoding: .utf8)
    let (found, errors) = FileCollector.collect([
      root.path, root.appendingPathComponent("notes.json").path, "/nonexistent",
    ])
    #expect(errors == ["/nonexistent: no such file or directory"])
    #expect(
      found.map { $0.replacingOccurrences(of: root.path + "/", with: "") } == [
        "a.md", "b.txt", "docs/c.md", "docs/keep.md", "po/tl.po", "tl.yaml", "notes.json",
      ])
  }
}
