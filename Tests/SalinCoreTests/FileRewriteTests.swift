import Foundation
import SalinCore
import Testing

/// Every writer that edits a user's file in place goes through `FileRewrite`: the real file is
/// rewritten with its mode, a link stays a link, and an edit made meanwhile is never lost.
@Suite("FileRewrite")
struct FileRewriteTests {
  static let original = Array("label.details: Mga Detalye\n".utf8)
  static let new = Array("label.details: Mga Detalye\nlabel.sources: Mga Sanggunian\n".utf8)

  /// A new folder holding `target.yaml` (mode 0600) and `link.yaml`, a symbolic link to it.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("salin-rewrite-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let target = folder.appendingPathComponent("target.yaml").path
    #expect(FileManager.default.createFile(atPath: target, contents: Data(original)))
    #expect(chmod(target, 0o600) == 0)
    #expect(symlink("target.yaml", folder.appendingPathComponent("link.yaml").path) == 0)
    return folder
  }

  static func mode(_ path: String) -> Int {
    var info = stat()
    return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
  }

  /// `Data.write(options: .atomic)`, which `salin merge` and `salin catalog import` used, made
  /// the link a regular file of mode 0644 and left the target as it was.
  @Test func aLinkStaysALinkAndItsTargetKeepsItsMode() throws {
    let folder = try Self.folder()
    let link = folder.appendingPathComponent("link.yaml").path
    let target = folder.appendingPathComponent("target.yaml").path
    try FileRewrite.replace(link, with: Self.new, expecting: Self.original)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.yaml")
    #expect(FileManager.default.contents(atPath: target) == Data(Self.new))
    #expect(Self.mode(target) == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "link.yaml", "target.yaml",
      ])
  }

  @Test func anEditMadeMeanwhileIsKept() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("target.yaml").path
    let edited = Data("label.details: Mga Detalye!\n".utf8)
    try edited.write(to: URL(fileURLWithPath: target))
    let error = #expect(throws: FileRewriteError.self) {
      try FileRewrite.replace(target, with: Self.new, expecting: Self.original)
    }
    #expect(error?.reason == .changedDuringRun)
    #expect(
      error?.description
        == "\(target): not written: the file changed after it was read; run the command again")
    #expect(FileManager.default.contents(atPath: target) == edited)
  }

  @Test func aReadOnlyFileIsLeftAlone() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("target.yaml").path
    #expect(chmod(target, 0o400) == 0)
    let error = #expect(throws: FileRewriteError.self) {
      try FileRewrite.replace(target, with: Self.new, expecting: Self.original)
    }
    #expect(error?.reason == .readOnly)
    #expect(FileManager.default.contents(atPath: target) == Data(Self.original))
  }

  /// Text read with `String(contentsOf:encoding:)` has lost the file's byte-order mark: that
  /// is not an edit made meanwhile.
  @Test func aByteOrderMarkDroppedByTheReaderIsNoChange() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("target.yaml").path
    try Data([0xEF, 0xBB, 0xBF] + Self.original).write(to: URL(fileURLWithPath: target))
    try FileRewrite.replace(target, with: Self.new, expecting: Self.original)
    #expect(FileManager.default.contents(atPath: target) == Data(Self.new))
  }
}
