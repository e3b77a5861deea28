import Foundation
import SalinTestSupport
import Testing

@Suite("salin catalog export and import")
struct CatalogInterchangeCommandTests {
  /// A copy of locales/ in a temporary folder.
  static func locales() throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    for name in ["en.yaml", "tl.yaml", "ko.yaml"] {
      try FileManager.default.copyItem(
        at: TestSupport.packageRoot.appendingPathComponent("locales/\(name)"),
        to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func exportThenImportChangesNoByte() throws {
    let folder = try Self.locales()
    let xliff = folder.appendingPathComponent("catalog.tl.xlf").path
    let export = try SalinProcess.run([
      "catalog", "export", folder.path, "--target", "tl", "-o", xliff,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let before = try Data(contentsOf: folder.appendingPathComponent("tl.yaml"))
    let result = try SalinProcess.run(["catalog", "import", xliff, folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("tl.yaml: 0 changed, 0 added\n"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("tl.yaml")) == before)
  }

  /// A catalog kept as a link (into a shared translations folder) stays a link, and its
  /// target keeps its mode: the import wrote a new 0644 file over the link.
  @Test func importIntoALinkedCatalogRewritesItsTarget() throws {
    let folder = try Self.locales()
    let shared = try TestSupport.temporaryDirectory().appendingPathComponent("tl.yaml")
    try FileManager.default.moveItem(at: folder.appendingPathComponent("tl.yaml"), to: shared)
    #expect(chmod(shared.path, 0o600) == 0)
    let link = folder.appendingPathComponent("tl.yaml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shared.path)
    let po = folder.appendingPathComponent("tl.po").path
    _ = try SalinProcess.run(["catalog", "export", folder.path, "--target", "tl", "-o", po])
    let text = try String(contentsOfFile: po, encoding: .utf8)
    try text.replacingOccurrences(
      of: "msgid \"Summary\"\nmsgstr \"Buod\"", with: "msgid \"Summary\"\nmsgstr \"Lagom\""
    ).write(toFile: po, atomically: true, encoding: .utf8)
    let result = try SalinProcess.run(["catalog", "import", po, folder.path])
    #expect(result.stdout.hasSuffix("tl.yaml: 1 changed, 0 added\n"), "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == shared.path)
    #expect(try String(contentsOf: shared, encoding: .utf8).contains("  message: Lagom\n"))
    var info = stat()
    #expect(stat(shared.path, &info) == 0 && info.st_mode & 0o7777 == 0o600)
  }

  /// A folder that is not there is named once, as given.
  @Test func aMissingFolderIsNamedOnce() throws {
    let result = try SalinProcess.run(["catalog", "export", "no-such-folder", "--target", "tl"])
    #expect(result.status == 2)
    #expect(result.stderr == "no-such-folder:1:1: error: not a readable folder\n")
  }

  @Test func aPOExportSaysWhatPOCannotHold() throws {
    let result = try SalinProcess.run(["catalog", "export", "--target", "tl", "--format", "po"])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("msgctxt \"label.details\"\nmsgid \"Details\"\nmsgstr \"Mga Detalye\"")
    )
    #expect(
      result.stderr.contains(
        "warning: PO cannot hold variants: 11 entries (label.details, label.sources,"))
  }

  @Test func anEditedTranslationIsWrittenBack() throws {
    let folder = try Self.locales()
    let po = folder.appendingPathComponent("tl.po").path
    let export = try SalinProcess.run([
      "catalog", "export", folder.path, "--target", "tl", "-o", po,
    ])
    #expect(export.status == 0)
    var text = try String(contentsOfFile: po, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "msgid \"Summary\"\nmsgstr \"Buod\"", with: "msgid \"Summary\"\nmsgstr \"Lagom\"")
    try text.write(toFile: po, atomically: true, encoding: .utf8)
    let result = try SalinProcess.run(["catalog", "import", po, folder.path])
    #expect(result.stdout.hasSuffix("tl.yaml: 1 changed, 0 added\n"))
    let yaml = try String(contentsOf: folder.appendingPathComponent("tl.yaml"), encoding: .utf8)
    // The entry keeps its variants (PO cannot hold them); nothing else changes.
    #expect(yaml.contains("label.summary:\n  message: Lagom\n  variants: [Lagom, Kabuuan]\n"))
  }

  @Test func aBrokenPlaceholderExitsTwoAndWritesNothing() throws {
    let folder = try Self.locales()
    let po = folder.appendingPathComponent("tl.po").path
    _ = try SalinProcess.run(["catalog", "export", folder.path, "--target", "tl", "-o", po])
    var text = try String(contentsOfFile: po, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "msgstr \"{n, plural, other {# kalahok}}\"", with: "msgstr \"{count} kalahok\"")
    try text.write(toFile: po, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: folder.appendingPathComponent("tl.yaml"))
    let result = try SalinProcess.run(["catalog", "import", po, folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("tl.po:"))
    #expect(
      result.stderr.contains(
        "error: unit 'participants.count': the translation renames the placeholder {n} to {count}"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("tl.yaml")) == before)
  }
}
