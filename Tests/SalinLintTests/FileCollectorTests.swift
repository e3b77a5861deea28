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
    let (found, errors, _) = FileCollector.collect([
      root.path, root.appendingPathComponent("notes.json").path, "/nonexistent",
    ])
    #expect(errors == ["/nonexistent: no such file or directory"])
    #expect(
      found.map { $0.replacingOccurrences(of: root.path + "/", with: "") } == [
        "a.md", "b.txt", "docs/c.md", "docs/keep.md", "po/tl.po", "tl.yaml", "notes.json",
      ])
  }
}

@Suite("FileCollector on hostile trees")
struct FileCollectorHostileTreeTests {
  /// `up -> ..` made the walk endless; two such links made it exponential.
  @Test func followsEachFolderOnceAndWarnsOfALoop() throws {
    let root = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    try "x\n".write(to: root.appendingPathComponent("a/b/x.md"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("a/b/up").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("a/b/top").path, withDestinationPath: "../..")
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("same").path, withDestinationPath: "a/b")
    let (found, errors, warnings) = FileCollector.collect([root.path])
    #expect(found == [root.path + "/a/b/x.md"])
    #expect(errors.isEmpty)
    #expect(
      warnings == [
        root.path
          + "/a/b/top: a symbolic link back to a folder being walked (a loop); not followed",
        root.path + "/a/b/up: a symbolic link back to a folder being walked (a loop); not followed",
      ])
  }

  /// Foundation's folder listing left such a file out without a word (exit 0).
  @Test func reportsNamesThatAreNotUTF8() throws {
    let root = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    for name in [
      Array("bad".utf8) + [0xFF] + Array(".en.txt".utf8), [0xC3, 0x28] + Array("x".utf8),
    ] {
      let path = Array((root.path + "/").utf8) + name + [0]
      let fd = path.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
        }
      }
      #expect(fd >= 0)
      close(fd)
    }
    let folder = Array((root.path + "/").utf8) + [0xE9] + Array("t\u{E9}".utf8)
    #expect(Self.withCPath(folder) { mkdir($0, 0o755) } == 0)
    let (found, errors, _) = FileCollector.collect([root.path])
    #expect(found.isEmpty)
    #expect(
      errors == [
        root.path + "/bad\\xFF.en.txt: file name is not UTF-8, so it was not linted: rename it "
          + "(for example with convmv -t utf8)",
        root.path + "/\\xE9té: folder name is not UTF-8, so its files were not linted: rename it "
          + "(for example with convmv -t utf8)",
      ])
  }

  /// Calls a C function with a path given as bytes (a name Swift's `String` cannot hold).
  static func withCPath(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Int32) -> Int32? {
    (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { $0.baseAddress.map(body) }
    }
  }
}
