public import Foundation
public import SalinCore
import Yams

/// A `.salin.yml`: the language of documents by glob, rule severities, names and acronyms to
/// allow, loanwords per locale and extra catalog folders.
///
/// ```yaml
/// lang: en                  # documents under this folder, unless a glob says otherwise
/// languages:
///   "docs/ko/**": ko
///   "*.tl.md": tl
/// rules:
///   SL002: warning          # error | warning | info | off
///   SL004: off
/// names: [Bonnie Jenkins, Kim Hong Kyun]
/// acronyms: [EDSCG]
/// allow:
///   tl: [Under Secretary of State, cybersecurity]
/// catalogs: [locales]       # folders of extra catalogs, relative to this file
/// candidates: [en, tl, ko]  # languages a document may contain
/// min-confidence: 0.8       # SL002/SL003 threshold
/// ```
public struct LintConfiguration: Hashable, Sendable {
  /// The config file, or `nil` for the defaults.
  public var file: URL?
  /// The language of every document the config covers, unless a glob matches.
  public var defaultLanguage: Language?
  /// Languages by glob, relative to the config's folder; the first match wins.
  public var languages: [(glob: Glob, language: Language)] {
    get { languageGlobs.map { (Glob($0.pattern), $0.language) } }
    set {
      languageGlobs = newValue.map { LanguageGlob(pattern: $0.glob.pattern, language: $0.language) }
    }
  }
  private var languageGlobs: [LanguageGlob] = []
  /// Severity per rule code; `nil` turns the rule off.
  public var severities: [String: Severity?] = [:]
  /// Names and acronyms that are never findings.
  public var names: [String] = []
  /// Loanwords and titles per locale.
  public var allow: [Language: [String]] = [:]
  /// Extra catalog folders, absolute.
  public var catalogDirectories: [URL] = []
  /// The languages a document may contain; `nil` for all the model knows.
  public var candidates: [Language]?
  /// The confidence SL002 and SL003 need before they report.
  public var minimumConfidence: Double = 0.9

  private struct LanguageGlob: Hashable, Sendable {
    let pattern: String
    let language: Language
  }

  /// The defaults: no language, default severities.
  public init() {}

  /// The language the config gives a file.
  /// - Parameter path: The file's path (absolute or relative to the working directory).
  /// - Returns: The first matching glob's language, else `lang:`, else `nil`.
  public func language(forFile path: String) -> Language? {
    let relative = relativePath(path)
    for entry in languageGlobs where Glob(entry.pattern).matches(relative) { return entry.language }
    return defaultLanguage
  }

  /// The severity of a rule, after configuration; `nil` if turned off.
  /// - Parameter rule: The rule.
  /// - Returns: The severity, or `nil`.
  public func severity(of rule: RuleDescription) -> Severity? {
    if let configured = severities[rule.code] ?? severities[rule.name] { return configured }
    return rule.defaultSeverity
  }

  private func relativePath(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard let base = file?.deletingLastPathComponent().standardizedFileURL.path else { return path }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  /// Two configurations are equal when they come from the same file with the same settings.
  public static func == (lhs: LintConfiguration, rhs: LintConfiguration) -> Bool {
    lhs.file == rhs.file && lhs.defaultLanguage == rhs.defaultLanguage
      && lhs.languageGlobs == rhs.languageGlobs && lhs.severities == rhs.severities
      && lhs.names == rhs.names && lhs.allow == rhs.allow
      && lhs.catalogDirectories == rhs.catalogDirectories && lhs.candidates == rhs.candidates
      && lhs.minimumConfidence == rhs.minimumConfidence
  }

  /// Hashes the file and settings.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(defaultLanguage)
    hasher.combine(languageGlobs)
    hasher.combine(names)
  }
}
