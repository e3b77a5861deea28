import SalinCore

extension CatalogChecker {
  /// What ICU accepts but a translator did not mean: a branch keyword written twice (ICU
  /// formats with the first and never reaches the second), and another language's grammar
  /// after a placeholder (a Korean particle in an English catalog stays as text).
  static func branchProblems(in file: CatalogFile) -> [CatalogProblem] {
    var findings: [CatalogProblem] = []
    for entry in file.entries {
      guard case .success(let pattern) = entry.parsed else { continue }
      for placeholder in pattern.placeholders {
        for (offset, keyword) in duplicates(in: placeholder.format) {
          findings.append(
            CatalogProblem(
              location: file.location(ofOffset: offset, in: entry), rule: "duplicate-branch",
              message: "'\(entry.key)': {\(placeholder.name)} has a second '\(keyword)' branch; "
                + "only the first is ever used"))
        }
      }
      for foreign in pattern.foreignGrammar {
        findings.append(
          CatalogProblem(
            location: file.location(ofOffset: foreign.offset, in: entry),
            rule: "grammar-language",
            message: "'\(entry.key)': \(foreign.name) is not grammar in \(file.language); it "
              + "stays as text"))
      }
    }
    return findings
  }

  /// The offsets and keywords of branches that repeat an earlier branch's keyword or value.
  private static func duplicates(in format: PlaceholderFormat) -> [(Int, String)] {
    var seen = Set<String>()
    var repeated: [(Int, String)] = []
    switch format {
    case .plural(let choice):
      for branch in choice.branches {
        let keyword =
          switch branch.selector {
          case .exact(let value): "=\(value.formatted)"
          case .keyword(let keyword): keyword
          }
        if !seen.insert(keyword).inserted { repeated.append((branch.offset, keyword)) }
      }
    case .select(let branches):
      for branch in branches where !seen.insert(branch.value).inserted {
        repeated.append((branch.offset, branch.value))
      }
    default:
      break
    }
    return repeated
  }
}

extension Double {
  /// `1` for 1.0, `2.5` for 2.5.
  fileprivate var formatted: String {
    rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
  }
}
