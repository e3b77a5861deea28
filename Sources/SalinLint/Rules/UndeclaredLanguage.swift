import SalinCore
import SalinDocuments

/// SL005 `undeclared-language`: nothing says what language the document is in, and Salin does not
/// guess.
///
/// A document's language comes from `--lang`, a `<!-- salin: lang=xx -->` comment, front matter
/// `lang:`, `<html lang>`, the file name (`*.ko.md`) or the config. Without one, the rules that
/// need a language are skipped and this one reports at the start of the file.
public struct UndeclaredLanguage: LintRule {
  /// SL005 undeclared-language.
  public static let description = RuleDescription(
    code: "SL005", name: "undeclared-language", defaultSeverity: .error,
    summary: "The document's language is not declared anywhere Salin looks.")

  /// Makes the rule.
  public init() {}

  /// One finding if the document has no language.
  /// - Parameter context: The document and its language.
  /// - Returns: A finding at 1:1, or none.
  public func findings(in context: LintContext) -> [Finding] {
    guard context.language == nil else { return [] }
    return [finding(.undeclared, in: context, utf8Range: 0..<0)]
  }
}

extension String {
  fileprivate static let undeclared =
    "the document's language is not declared: pass --lang, add <!-- salin: lang=xx -->, front matter "
    + "'lang:', a file name such as article.en.md, or 'languages:' in .salin.yml"
}
