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

  /// The built-in languages, offered in `--help` and shell completion.
  public static var allValueStrings: [String] { Language.builtIn.map(\.tag) }
}
