import Foundation
import SalinLint
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
