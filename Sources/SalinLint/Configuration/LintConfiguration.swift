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
/// termbase: [terms.yaml]    # termbases (TBX or YAML) for SL020–SL022, relative to this file
/// candidates: [en, tl, ko]  # languages a document may contain
/// min-confidence: 0.8       # SL002/SL003 threshold
/// mixing:                   # per document language: default | strict (SL006 loanwords too)
///   tl: strict
/// root: true                # stop looking for parent configs here
/// ```
///
/// Configs cascade: the nearest `.salin.yml` is merged over those in the folders above it, up to
/// one that says `root: true` (see ``merged(over:)``).
public struct LintConfiguration: Hashable, Sendable {
  /// The nearest config file, or `nil` for the defaults.
  public var file: URL?
  /// Every config file merged into this one, nearest first.
  public var files: [URL] = []
  /// Whether this config stops the search for parent configs (`root: true`).
  public var isRoot = false
  /// The language of every document the config covers, unless a glob matches.
  public var defaultLanguage: Language?
  /// Languages by glob, relative to the config's folder; the first match wins.
  public var languages: [(glob: Glob, language: Language)] {
    get { languageGlobs.map { (Glob($0.pattern ?? "**"), $0.language) } }
    set {
      let base = file?.deletingLastPathComponent().standardizedFileURL.path
      languageGlobs = newValue.map {
        LanguageGlob(pattern: $0.glob.pattern, language: $0.language, base: base)
      }
    }
  }
  private var languageGlobs: [LanguageGlob] = []
  /// The language settings of the configs this one was merged over, nearest first: each config's
  /// globs, then its `lang:`.
  private var inheritedLanguages: [LanguageGlob] = []
  /// Severity per rule code; `nil` turns the rule off.
  public var severities: [String: Severity?] = [:]
  /// Names and acronyms that are never findings.
  public var names: [String] = []
  /// Loanwords and titles per locale.
  public var allow: [Language: [String]] = [:]
  /// Extra catalog folders, absolute.
  public var catalogDirectories: [URL] = []
  /// Termbases (`termbase:`), relative to the config that names them; the parent's first.
  public var termbaseFiles: [URL] = []
  /// The languages a document may contain; `nil` for all the model knows.
  public var candidates: [Language]?
  /// How strictly each document language's mixing is checked (`mixing:`); languages not named
  /// are checked at ``MixingLevel/default``.
  public var mixingLevels: [Language: MixingLevel] = [:]
  /// The confidence SL002 and SL003 need before they report.
  public var minimumConfidence: Double {
    get { configuredConfidence ?? 0.9 }
    set { configuredConfidence = newValue }
  }
  /// `min-confidence:` if this config (or one it was merged over) sets it.
  private var configuredConfidence: Double?

  /// A language setting: a glob relative to `base`, or (`pattern` nil) a config's `lang:`.
  private struct LanguageGlob: Hashable, Sendable {
    let pattern: String?
    let language: Language
    /// The folder of the config that says it; `nil` for one made in code (the working directory).
    var base: String? = nil

    func matches(_ path: String) -> Bool {
      guard let pattern else { return true }
      return Glob(pattern).matches(LintConfiguration.relativePath(path, to: base))
    }
  }

  /// The defaults: no language, default severities.
  public init() {}

  /// The language the config gives a file.
  ///
  /// The nearest config that says anything decides: its first matching glob, else its `lang:`;
  /// then the same in each parent config it was merged over.
  /// - Parameter path: The file's path (absolute or relative to the working directory).
  /// - Returns: The language, or `nil` if no config gives one.
  public func language(forFile path: String) -> Language? {
    for entry in languageGlobs where entry.matches(path) { return entry.language }
    if let defaultLanguage { return defaultLanguage }
    return inheritedLanguages.first { $0.matches(path) }?.language
  }

  /// How strictly a document language's mixing is checked.
  /// - Parameter language: The document's language.
  /// - Returns: The configured level, or `nil` if the config names none for it.
  public func mixing(of language: Language) -> MixingLevel? { mixingLevels[language] }

  /// The severity of a rule, after configuration; `nil` if turned off.
  /// - Parameter rule: The rule.
  /// - Returns: The severity, or `nil`.
  public func severity(of rule: RuleDescription) -> Severity? {
    if let configured = severities[rule.code] ?? severities[rule.name] { return configured }
    return rule.isOnByDefault ? rule.defaultSeverity : nil
  }

  /// The path relative to a config's folder, for its globs; as given without a folder.
  private static func relativePath(_ path: String, to base: String?) -> String {
    guard let base else { return path }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  /// The language settings a config passes on to the configs below it: its globs, then `lang:`.
  private var ownLanguages: [LanguageGlob] {
    let base = file?.deletingLastPathComponent().standardizedFileURL.path
    return languageGlobs
      + (defaultLanguage.map { [LanguageGlob(pattern: nil, language: $0, base: base)] } ?? [])
  }

  /// Two configurations are equal when they come from the same file with the same settings.
  public static func == (lhs: LintConfiguration, rhs: LintConfiguration) -> Bool {
    lhs.file == rhs.file && lhs.files == rhs.files && lhs.isRoot == rhs.isRoot
      && lhs.defaultLanguage == rhs.defaultLanguage
      && lhs.languageGlobs == rhs.languageGlobs && lhs.inheritedLanguages == rhs.inheritedLanguages
      && lhs.severities == rhs.severities
      && lhs.names == rhs.names && lhs.allow == rhs.allow
      && lhs.catalogDirectories == rhs.catalogDirectories && lhs.candidates == rhs.candidates
      && lhs.termbaseFiles == rhs.termbaseFiles
      && lhs.configuredConfidence == rhs.configuredConfidence
      && lhs.mixingLevels == rhs.mixingLevels
  }

  /// This config, nearer the files, merged over a parent config.
  ///
  /// Per key, this config wins: `lang:`, `candidates:`, `min-confidence:` and each rule's severity
  /// are this config's where it sets them, the parent's otherwise; the parent's `languages:` globs
  /// apply to files this config's globs and `lang:` say nothing about; `mixing:` per language,
  /// the nearer config's where both name it. Lists add up: `names:`,
  /// `acronyms:`, `allow:` and `catalogs:` (the parent's folders first, so this config's catalogs
  /// override theirs).
  /// - Parameter parent: The config of a folder above this one.
  /// - Returns: The merged config; its `file` is this config's, its `files` both chains.
  public func merged(over parent: LintConfiguration) -> LintConfiguration {
    var merged = self
    merged.files = files + parent.files
    merged.inheritedLanguages = inheritedLanguages + parent.ownLanguages + parent.inheritedLanguages
    merged.severities = parent.severities.merging(severities) { _, nearer in nearer }
    merged.names = parent.names + names.filter { !parent.names.contains($0) }
    merged.allow = parent.allow.merging(allow) { farther, nearer in
      farther + nearer.filter { !farther.contains($0) }
    }
    merged.catalogDirectories = parent.catalogDirectories + catalogDirectories
    merged.termbaseFiles = parent.termbaseFiles + termbaseFiles
    merged.candidates = candidates ?? parent.candidates
    merged.mixingLevels = parent.mixingLevels.merging(mixingLevels) { _, nearer in nearer }
    merged.configuredConfidence = configuredConfidence ?? parent.configuredConfidence
    merged.isRoot = isRoot || parent.isRoot
    return merged
  }

  /// Hashes the file and settings.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(defaultLanguage)
    hasher.combine(languageGlobs)
    hasher.combine(names)
  }
}
