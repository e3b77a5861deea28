public import ArgumentParser
public import SalinCore

/// Lets every subcommand take a language as an option value (`--locale tl`, `--lang ko`).
///
/// Any BCP 47 tag parses; commands that support only some languages check it themselves, so
/// that their error can name the languages they know.
extension Language: ExpressibleByArgument {
  /// Makes a language from a command-line value such as `en`, `tl` or `ko`.
  /// - Parameter argument: The value the user typed.
  public init?(argument: String) {
    let tag = String(argument.filter { !$0.isWhitespace })
    guard !tag.isEmpty,
      tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    else { return nil }
    self.init(tag)
  }

  /// The built-in languages, offered in `--help` and shell completion.
  public static var allValueStrings: [String] { Language.builtIn.map(\.tag) }
}
