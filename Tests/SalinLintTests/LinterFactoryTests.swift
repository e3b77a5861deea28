import Foundation
import SalinDocuments
@testable import SalinLint
import SalinTestSupport
import Testing

@Suite("LinterFactory")
struct LinterFactoryTests {
  /// A long-lived factory (the language server's) loads a config's catalogs once: a catalog
  /// broken on disk afterwards does not matter until the catalogs are reloaded.
  @Test func loadsEachConfigsCatalogsOnceUntilReloaded() throws {
    let directory = try TestSupport.temporaryDirectory()
    let catalog = directory.appendingPathComponent("tl.yaml")
    try Data("locale: tl\nlabel.extra:\n  message: Dagdag\n".utf8).write(to: catalog)
    var configuration = LintConfiguration()
    configuration.catalogDirectories = [directory]
    let factory = LinterFactory(model: .none)
    _ = try factory.linter(for: configuration)
    try Data("locale: tl\nlabel.extra: [unclosed\n".utf8).write(to: catalog)
    #expect(throws: Never.self) { try factory.linter(for: configuration) }
    factory.reloadCatalogs()
    #expect(throws: LintError.self) { try factory.linter(for: configuration) }
  }
}

/// What ships with Salin is read when a rule first needs it: a run of the PO checks alone
/// (the language rules off) never reads the language model or the catalogs.
@Suite("LinterFactory laziness")
struct LinterFactoryLazinessTests {
  static let po = Array(
    """
    msgid ""
    msgstr ""
    "Language: tl\\n"

    msgid "Could not get lock %s"
    msgstr "hindi makuha ang aldaba %s"

    """.utf8)

  @Test func poChecksAloneReadNoModelAndNoCatalogs() throws {
    var configuration = LintConfiguration()
    for code in ["SL001", "SL002", "SL003", "SL004", "SL006", "SL007"] {
      configuration.severities[code] = .some(nil)
    }
    let factory = LinterFactory(model: .builtIn)
    let document = try DocumentReader.read(bytes: Self.po, path: "tl.po")
    let findings = try factory.linter(for: configuration).lint(
      document, configuration: configuration)
    #expect(findings.map(\.rule.code) == ["SL052"])
    #expect(factory.loadedBuiltIns == (model: false, catalogs: false))
    // The language rules on: the model is read, once, by the first rule that asks.
    _ = try factory.linter(for: LintConfiguration()).lint(document)
    #expect(factory.loadedBuiltIns.model)
  }
}
