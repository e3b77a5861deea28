import SalinCore
import SalinICU

extension CatalogChecker {
  /// Binds each message to its locale's formatters, as its first use would, so a number or date
  /// skeleton ICU rejects or a spell-out rule set the language lacks is reported by the check
  /// rather than found when a render or `salin message` fails.
  static func formatProblems(in file: CatalogFile) -> [CatalogProblem] {
    // A tag ICU cannot use at all fails every message the same way when the catalogs load.
    guard let locale = try? MessageLocale(file.language, timeZone: .default) else { return [] }
    var findings: [CatalogProblem] = []
    for entry in file.entries {
      guard case .success(let pattern) = entry.parsed else { continue }
      do throws(CatalogError) {
        _ = try PreparedMessage(
          pattern, locale: locale, key: entry.key,
          locate: { file.location(ofOffset: $0, in: entry) })
      } catch {
        findings.append(
          CatalogProblem(
            location: location(of: error) ?? entry.valueLocation, rule: "message-format",
            message: message(error, entry)))
      }
    }
    return findings
  }

  private static func location(of error: CatalogError) -> SourceLocation? {
    switch error {
    case .formattingFailed(_, _, _, let location), .unknownRuleSet(_, _, _, let location):
      location
    default: nil
    }
  }

  private static func message(_ error: CatalogError, _ entry: CatalogEntry) -> String {
    if case .formattingFailed(_, let name, let reason, _) = error {
      return "'\(entry.key)': {\(name)}: \(reason)"
    }
    if case .unknownRuleSet(let ruleSet, let language, let available, _) = error {
      return "'\(entry.key)': \(language) has no spell-out rule set like '\(ruleSet)' (it has "
        + available.joined(separator: ", ") + ")"
    }
    return "'\(entry.key)': \(error)"
  }
}
