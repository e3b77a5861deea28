public import Foundation
import SalinCore
import SalinICU

/// Checks catalog files for the defects translators make: broken YAML and message syntax, keys
/// missing in a locale, placeholders that differ between locales, plural branches that are not
/// the locale's CLDR categories, formats ICU rejects, and values left identical to another
/// locale's.
public enum CatalogChecker {
  /// Checks a folder's `*.yaml` / `*.yml` catalogs against each other.
  /// - Parameter directory: The folder.
  /// - Returns: The findings and the files that could not be used.
  public static func check(directory: URL) -> CatalogCheckReport {
    do {
      let files = try Catalogs.catalogFiles(in: directory)
      guard !files.isEmpty else {
        return CatalogCheckReport(
          findings: [],
          unusableFiles: [.unusableFile(path: directory.path, reason: "no *.yaml catalog files")])
      }
      return check(files: files)
    } catch {
      return CatalogCheckReport(findings: [], unusableFiles: [error])
    }
  }

  /// Checks catalog files against each other.
  /// - Parameter urls: The files, one per locale.
  /// - Returns: The findings and the files that could not be used.
  public static func check(files urls: [URL]) -> CatalogCheckReport {
    var findings: [CatalogProblem] = []
    var unusable: [CatalogError] = []
    var files: [CatalogFile] = []
    for url in urls {
      do throws(CatalogError) {
        let file = try CatalogFile.load(url)
        findings += file.problems
        if let other = files.first(where: { $0.language == file.language }) {
          findings.append(
            CatalogProblem(
              location: SourceLocation(file: file.path, line: 1, column: 1),
              rule: "duplicate-locale",
              message: "a second catalog for \(file.language) (\(other.path) is one)"))
          continue
        }
        files.append(file)
      } catch {
        if case .yamlSyntax(let location, let problem) = error {
          findings.append(
            CatalogProblem(
              location: location, rule: "yaml-syntax", message: "YAML syntax error: \(problem)"))
        } else {
          unusable.append(error)
        }
      }
    }
    let ordered = files.sorted { lhs, rhs in
      (lhs.language == .english ? 0 : 1, lhs.language.tag)
        < (rhs.language == .english ? 0 : 1, rhs.language.tag)
    }
    findings += CrossLocaleChecks(files: ordered).findings()
    findings += ordered.flatMap(formatProblems(in:))
    findings += ordered.flatMap(branchProblems(in:))
    findings.sort {
      ($0.location.file, $0.location.position.line, $0.location.position.column, $0.message)
        < ($1.location.file, $1.location.position.line, $1.location.position.column, $1.message)
    }
    return CatalogCheckReport(findings: findings, unusableFiles: unusable)
  }
}
