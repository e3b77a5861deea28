import Foundation
import SalinImport
import SalinTestSupport
import Testing

/// `ImportOutput` shows nothing until the import has succeeded, and replaces the real file.
@Suite("ImportOutput")
struct ImportOutputTests {
  static func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// An output given up half-way (a failed import) leaves the old file as it was and no
  /// temporary file beside it; so does one that is never committed.
  @Test(arguments: [false, true])
  func aFailureLeavesTheOldFileAndNothingElse(explicitly: Bool) throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("briefing.yaml").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
    do {
      let output = try ImportOutput.file(atPath: path)
      output.write("salin-briefing: 1\n")
      output.write(String(repeating: "x", count: 200_000))  // Past the buffer: some on disk.
      #expect(try Self.names(in: folder).count == 2)
      if explicitly { output.discard() } else { withExtendedLifetime(output) {} }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try Self.names(in: folder) == ["briefing.yaml"])
  }

  /// Committed through a symbolic link, the link's target is replaced with its permissions, and
  /// the link stays a link.
  @Test func aLinkIsFollowedAndTheTargetKeepsItsMode() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("real.yaml").path
    let link = folder.appendingPathComponent("link.yaml").path
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(chmod(target, 0o640) == 0)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
    let output = try ImportOutput.file(atPath: link)
    output.write("new\n")
    try output.commit()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.yaml")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try Self.names(in: folder) == ["link.yaml", "real.yaml"])
  }

  /// A folder, or a link to nothing, is refused before anything is written.
  @Test func aFolderOrADanglingLinkIsOneError() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: ImportError.self) { try ImportOutput.file(atPath: folder.path) }
    #expect(error?.description == "cannot write \(folder.path): it is a folder")
    let link = folder.appendingPathComponent("dangling.yaml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "missing.yaml")
    let dangling = #expect(throws: ImportError.self) { try ImportOutput.file(atPath: link) }
    #expect(dangling?.description == "cannot write \(link): it is a symbolic link to nothing")
  }
}
