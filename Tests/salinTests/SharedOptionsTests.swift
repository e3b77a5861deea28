import SalinTestSupport
import Testing

/// Options several commands take are declared once (`CatalogOptions`, `LinterOptions`), so every
/// command describes them the same way: `lsp` and `preview` had their own `--model` and
/// `--termbase`, and `extract` its own `--locales`.
@Suite("Shared options")
struct SharedOptionsTests {
  static let catalogs = """
      --locales <dir>         A folder of catalogs that extend or override the
                              built-in ones (repeatable).

    """
  static let linter = """
      --model <model>         A language model file (default: the built-in model).
      --termbase <termbase>   A termbase (TBX or YAML) for the term rules
                              SL020–SL022 (repeatable).

    """

  @Test(arguments: [
    (["lint"], true), (["lsp"], true), (["preview"], true), (["render"], false),
    (["message"], false), (["extract"], false),
  ])
  func helpDescribesThemAlike(command: [String], lints: Bool) throws {
    let help = try SalinProcess.run(command + ["--help"]).stdout
    #expect(help.contains(Self.catalogs))
    #expect(help.contains(Self.linter) == lints)
  }
}
