import Foundation
import SalinCore
import SalinTestSupport
import Testing

@testable import SalinInterchange

/// Files translate-toolkit wrote from Salin's exports (Tests/Fixtures/interchange) import back:
/// its po2xliff and xliff2po drop the keys (msgctxt, resname), write XLIFF 1.1 and `en-US`, and
/// keep no variants, and none of that may change the catalog.
@Suite("Files translate-toolkit writes")
struct TranslateToolkitFileTests {
  static let fixtures = TestSupport.packageRoot.appendingPathComponent(
    "Tests/Fixtures/interchange")

  @Test(arguments: ["po2xliff.tl.xlf", "xliff2po.tl.po"])
  func importWithoutChangingTheCatalog(name: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    for catalog in ["en.yaml", "tl.yaml"] {
      try FileManager.default.copyItem(
        at: Self.fixtures.appendingPathComponent("catalogs/\(catalog)"),
        to: folder.appendingPathComponent(catalog))
    }
    let prepared = try CatalogConversion.prepareImport(
      Self.fixtures.appendingPathComponent(name).path, into: folder, source: .english,
      language: nil)
    #expect(prepared.count == 1)
    #expect(prepared[0].result.changed == [])
    #expect(prepared[0].result.notes.first?.hasPrefix("the file has no catalog keys") == true)
    #expect(
      prepared[0].text
        == (try String(contentsOf: folder.appendingPathComponent("tl.yaml"), encoding: .utf8)))
  }
}
