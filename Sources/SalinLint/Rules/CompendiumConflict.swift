import SalinCore
import SalinDocuments

/// SL027 `compendium-conflict`: a translation holding gettext's conflict marker `#-#-#-#-#`, which
/// `msgcat` writes between the differing translations it merged from several files; a later
/// `msgmerge` carries them into the program's output.
///
/// pofilter's `compendiumconflicts`.
public struct CompendiumConflict: TranslationRule {
  /// SL027 compendium-conflict.
  public static let description = RuleDescription(
    code: "SL027", name: "compendium-conflict", defaultSeverity: .error,
    summary: "A translation holds msgcat's conflict marker #-#-#-#-#.")

  /// Makes the rule.
  public init() {}

  /// The conflict, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    guard pair.target.contains("#-#-#-#-#") else { return nil }
    return "msgcat's conflict marker '#-#-#-#-#': keep one of the merged translations"
  }
}
