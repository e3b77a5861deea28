import SalinCore
import SalinDocuments

/// SL057 `file-path-mismatch`: a file path of the source (a word starting with `/`, such as
/// `/etc/apt/sources.list`) that the translation has less or more often: a program's paths are
/// never translated.
///
/// pofilter's `filepaths`.
public struct FilePathMismatch: TranslationRule {
  /// SL057 file-path-mismatch.
  public static let description = RuleDescription(
    code: "SL057", name: "file-path-mismatch", defaultSeverity: .warning,
    summary: "A file path of the source is missing or changed in the translation.")

  /// Makes the rule.
  public init() {}

  /// The path difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    for path in TranslationText.filePaths(pair.source)
    where TranslationText.count(path, in: pair.source)
      != TranslationText.count(path, in: pair.target)
    {
      return "the file path '\(path)' is missing or changed in the translation"
    }
    return nil
  }
}
