public import ArgumentParser
public import SalinCore

/// Lets every subcommand take a language as an option value (`--locale tl`, `--lang ko`).
///
/// Any well-formed BCP 47 tag parses (SalinCore's one check); commands that support only some
/// languages check it themselves, so that their error can name the languages they know.
extension Language: ExpressibleByArgument {
  /// Makes a language from a command-line value such as `en`, `tl` or `pt-BR`.
  /// - Parameter argument: The value the user typed.
  public init?(argument: String) {
    guard let language = try? Language(validating: argument) else { return nil }
    self = language
  }

  /// None: any tag is a value, so `--help` and a rejected value must not present the built-in
  /// languages as the only ones ("Please provide one of 'en', 'tl' or 'ko'" for `en_US`).
  public static var allValueStrings: [String] { [] }

  /// Shell completion still offers the built-in languages, as suggestions.
  public static var defaultCompletionKind: CompletionKind { .list(Language.builtIn.map(\.tag)) }
}
