public import Foundation
public import SalinBriefing
import SalinCatalog
import SalinDocuments
public import SalinCore
public import SalinLint
import SalinRender

/// Builds the preview's content from the files on disk: loads the briefing and the catalogs,
/// renders every locale, and lints each rendering with the linter `salin lint` would use.
///
/// Every problem becomes a line on the page, never an exception: a briefing that stops parsing
/// mid-edit, a catalog that does not load, a locale without a catalog.
public struct PreviewBuilder: Sendable {
  /// The briefing file.
  public let briefingPath: String
  /// Catalog folders that extend or override the built-in ones.
  public let catalogDirectories: [URL]
  /// The locales to show; `nil` for the briefing's own `languages:`.
  public let locales: [Language]?
  /// Makes linters (kept for the server's life, so catalogs and model load once).
  public let linters: LinterFactory
  /// Files the page also depends on and that are watched for changes (`--termbase`).
  public let watchedFiles: [URL]

  /// Makes a builder.
  /// - Parameters:
  ///   - briefingPath: The briefing file.
  ///   - catalogDirectories: Extra catalog folders.
  ///   - locales: The locales, or `nil` for the briefing's.
  ///   - linters: The linter factory.
  ///   - watchedFiles: Other files to watch, such as termbases.
  public init(
    briefingPath: String, catalogDirectories: [URL] = [], locales: [Language]? = nil,
    linters: LinterFactory, watchedFiles: [URL] = []
  ) {
    self.watchedFiles = watchedFiles
    self.briefingPath = briefingPath
    self.catalogDirectories = catalogDirectories
    self.locales = locales
    self.linters = linters
  }

  /// Loads, renders and lints.
  /// - Returns: The content; its `problems` say what could not be shown.
  public func build() -> PreviewContent {
    let name = URL(fileURLWithPath: briefingPath).lastPathComponent
    let briefing: Briefing
    do {
      briefing = try BriefingLoader().load(
        contentsOf: URL(fileURLWithPath: briefingPath), displayPath: briefingPath)
    } catch {
      return PreviewContent(
        title: name, problems: ([error] + error.additional).map { "\($0.location): \($0.reason)" })
    }
    let catalogs: Catalogs
    do {
      catalogs = try Catalogs.load(directories: catalogDirectories)
    } catch {
      return PreviewContent(title: briefing.metadata.id, problems: ["\(error)"])
    }
    var content = PreviewContent(title: briefing.metadata.id)
    let renderer = BriefingRenderer(messages: catalogs)
    let wanted = locales ?? briefing.metadata.languages
    let available = wanted.filter { locale in
      guard catalogs.languages.contains(locale) else {
        content.problems.append("no catalog for locale '\(locale)'")
        return false
      }
      return true
    }
    do {
      try renderer.validate(briefing, locales: available)
    } catch {
      content.problems.append(error.location == nil ? "\(briefingPath): \(error)" : "\(error)")
    }
    let directory = URL(fileURLWithPath: briefingPath).deletingLastPathComponent()
    // The briefing's entities, sources and declarations are names in every locale, as for
    // `salin render`'s own lint test: never evidence of a language.
    let names = Set(briefing.properNames)
    for locale in available {
      do {
        let document = try renderer.render(briefing, locale: locale)
        let blocks = PreviewBlock.blocks(of: document)
        let layout = PlainLayout(blocks: blocks)
        // Named beside the briefing, so that its .salin.yml cascade applies.
        let path = directory.appendingPathComponent("\(briefing.metadata.id).\(locale.tag).txt")
          .path
        let findings: [Finding]
        switch lint(layout.text, path: path, locale: locale, names: names) {
        case .success(let found): findings = found.filter { !layout.isDeclared($0) }
        case .failure(let problem):
          findings = []
          content.problems.append(problem.description)
        }
        content.columns.append(
          PreviewContent.Column(
            locale: locale, blocks: blocks, findings: findings, layout: layout,
            html: HTMLWriter().write(document)))
      } catch {
        content.problems.append("\(locale): \(error)")
      }
    }
    return content
  }

  /// A problem that kept a rendering from being linted.
  struct LintProblem: Error, CustomStringConvertible {
    let description: String
  }

  /// Lints a rendering's text with the linter `salin lint` would use for a file at `path`: the
  /// config cascade found from there, the factory's catalogs and model, the briefing's names.
  private func lint(_ text: String, path: String, locale: Language, names: Set<String>)
    -> Result<[Finding], LintProblem>
  {
    do {
      let configuration =
        try LintConfiguration.find(forFile: path).map { try LintConfiguration.loadCascade($0) }
        ?? LintConfiguration()
      let linter = try linters.linter(for: configuration)
      let document = try DocumentReader.read(bytes: Array(text.utf8), path: path)
      return .success(
        linter.lint(document, language: locale, configuration: configuration, names: names))
    } catch {
      return .failure(LintProblem(description: "\(error)"))
    }
  }
}
