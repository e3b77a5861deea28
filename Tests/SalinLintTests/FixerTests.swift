import Foundation
import SalinCore
import SalinLint
import SalinTestSupport
import Testing

/// `--fix` writes the real file atomically, keeps what it was, and leaves alone a file it must
/// not rewrite, saying why.
@Suite("Fixer")
struct FixerTests {
  static let original = Array("Mga Detalye\n".utf8)
  static let fixed = Array("Details\n".utf8)

  static func file(_ name: String, mode: Int = 0o644) throws -> (folder: URL, path: String) {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent(name).path
    try Data(original).write(to: URL(fileURLWithPath: path))
    #expect(chmod(path, mode_t(mode)) == 0)
    return (folder, path)
  }

  static func mode(_ path: String) -> Int {
    var info = stat()
    return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
  }

  static func contents(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  /// Nothing but the file itself is left in its folder: no temporary file survives.
  static func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func keepsTheModeAndLeavesNoTemporaryFile() throws {
    let (folder, path) = try Self.file("a.txt", mode: 0o640)
    try Fixer.write(Self.fixed, to: path, replacing: Self.original)
    #expect(Self.contents(path) == Self.fixed)
    #expect(Self.mode(path) == 0o640)
    #expect(try Self.names(in: folder) == ["a.txt"])
  }

  /// The link was replaced by a regular file of mode 0777 holding the target's private text.
  @Test func fixesTheTargetOfALinkInPlace() throws {
    let (folder, target) = try Self.file("private.txt", mode: 0o600)
    let link = folder.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "private.txt")
    try Fixer.write(Self.fixed, to: link, replacing: Self.original)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "private.txt")
    #expect(Self.contents(target) == Self.fixed)
    #expect(Self.mode(target) == 0o600)
    #expect(try Self.names(in: folder) == ["link.txt", "private.txt"])
  }

  /// Root may write anything; the mode still says the owner asked for no rewrite.
  @Test func refusesAReadOnlyFile() throws {
    let (_, path) = try Self.file("ro.txt", mode: 0o444)
    let error = #expect(throws: FixError.self) {
      try Fixer.write(Self.fixed, to: path, replacing: Self.original)
    }
    #expect(
      error?.description
        == "\(path): fixes not applied: the file is read-only; make it writable to apply fixes")
    #expect(Self.contents(path) == Self.original)
  }

  /// An edit saved while the file was being linted was lost to the rename.
  @Test func refusesAFileThatChangedSinceItWasRead() throws {
    let (folder, path) = try Self.file("a.txt")
    let edited = Array("Mga Detalye\nA new line.\n".utf8)
    try Data(edited).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: FixError.self) {
      try Fixer.write(Self.fixed, to: path, replacing: Self.original)
    }
    #expect(
      error?.description
        == "\(path): fixes not applied: the file changed while it was linted; run salin lint "
        + "--fix again")
    #expect(Self.contents(path) == edited)
    #expect(try Self.names(in: folder) == ["a.txt"])
  }

  @Test func refusesAHardLinkedFile() throws {
    let (folder, path) = try Self.file("a.txt")
    let other = folder.appendingPathComponent("b.txt").path
    #expect(link(path, other) == 0)
    let error = #expect(throws: FixError.self) {
      try Fixer.write(Self.fixed, to: path, replacing: Self.original)
    }
    #expect(
      error?.description
        == "\(path): fixes not applied: the file has 2 hard links, which a rewrite would split; "
        + "fix a copy instead")
    #expect(Self.contents(other) == Self.original)
  }

  @Test func refusesWhatIsNotARegularFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    let fifo = folder.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let error = #expect(throws: FixError.self) {
      try Fixer.write(Self.fixed, to: fifo, replacing: Self.original)
    }
    #expect(error?.reason == .notRegularFile)
  }
}
