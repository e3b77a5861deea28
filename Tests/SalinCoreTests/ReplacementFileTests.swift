import Foundation
import SalinCore
import Testing

/// `ReplacementFile`, the one in-place writer under `FileRewrite` and `salin import`'s output:
/// nothing changes until the commit, and nothing is left behind without one.
@Suite("ReplacementFile")
struct ReplacementFileTests {
  /// A new folder holding `target.txt` (`old`, mode 0640) and `link.txt`, a link to it.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("salin-replacement-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let target = folder.appendingPathComponent("target.txt").path
    #expect(FileManager.default.createFile(atPath: target, contents: Data("old\n".utf8)))
    #expect(chmod(target, 0o640) == 0)
    #expect(symlink("target.txt", folder.appendingPathComponent("link.txt").path) == 0)
    return folder
  }

  static func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  static func mode(_ path: String) -> Int {
    var info = stat()
    return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
  }

  /// Appended bytes replace the file only at the commit, and no temporary file stays.
  @Test func commitReplacesTheFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.txt").path
    let file = try ReplacementFile(beside: target, label: "test", permissions: 0o600)
    try file.append(Array("new ".utf8)[...])
    try file.append(Array("text\n".utf8)[...])
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
    #expect(try file.commit())
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new text\n")
    #expect(try Self.names(in: folder) == ["link.txt", "target.txt"])
  }

  /// Discarded, declined at the commit, or merely dropped: the old file stays and the
  /// temporary file goes.
  @Test(arguments: ["discard", "decline", "drop"])
  func uncommittedLeavesNoTemporaryFile(ending: String) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.txt").path
    do {
      let file = try ReplacementFile(beside: target, label: "test", permissions: 0o600)
      try file.append(Array(repeating: UInt8(ascii: "x"), count: 100_000)[...])
      #expect(try Self.names(in: folder).count == 3)
      switch ending {
      case "discard": file.discard()
      case "decline": #expect(try file.commit(if: { false }) == false)
      default: withExtendedLifetime(file) {}
      }
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
    #expect(try Self.names(in: folder) == ["link.txt", "target.txt"])
  }

  /// Through `realPath`, a link's target is replaced with the mode it had, and the link stays
  /// a link.
  @Test func aLinkIsFollowedAndTheModeKept() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let link = folder.appendingPathComponent("link.txt").path
    let target = try #require(ReplacementFile.realPath(link))
    #expect(target.hasSuffix("/target.txt"))
    let file = try ReplacementFile(beside: target, label: "test", permissions: 0o600)
    try file.append(Array("new\n".utf8)[...])
    try file.setPermissions(0o640)
    try file.commit()
    #expect(try String(contentsOfFile: link, encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
    #expect(Self.mode(target) == 0o640)
  }

  /// A folder that does not exist is an error that says so, and a link to nothing has no
  /// real path.
  @Test func aMissingFolderOrTargetIsAnError() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("none/target.txt").path
    #expect(throws: SystemCallError.self) {
      try ReplacementFile(beside: missing, label: "test", permissions: 0o600)
    }
    #expect(symlink("gone.txt", folder.appendingPathComponent("dangling.txt").path) == 0)
    #expect(ReplacementFile.realPath(folder.appendingPathComponent("dangling.txt").path) == nil)
  }
}
