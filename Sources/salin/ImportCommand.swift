import ArgumentParser
import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinImport
import SalinLangID
import SalinResources

/// `salin import ARTICLE --lang en [-o FILE] [--locales DIR] [--new-labels FILE]`: an article to a briefing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a plain-text or Markdown article into a briefing.",
    discussion: """
      .md and .markdown files are read as Markdown (cmark-gfm, GFM tables); anything else as \
      plain text, one block a line. Labels written in any locale's catalog (a whole heading, \
      table cell or line, or a 'Label:' prefix) become catalog keys; everything else becomes a \
      text unit in --lang. The labels mapped are listed on stderr. See docs/import.md.
      Exit codes: 0 imported, 2 unreadable article, bad catalog or option.
      """)

  @Argument(help: "The article (.txt, .md, …).")
  var article: String

  @Option(help: ArgumentHelp("The article's language (en, tl, ko, …).", valueName: "lang"))
  var lang: Language

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("Write the briefing here instead of stdout.", valueName: "file"))
  var output: String?

  @OptionGroup var catalogOptions: CatalogOptions

  @Option(
    name: .customLong("new-labels"),
    help: ArgumentHelp(
      "Write a catalog defining keys invented for unknown table headers.", valueName: "file"))
  var newLabelsFile: String?

  @Flag(help: "Do not check the prose for text in another language than --lang.")
  var noLanguageCheck = false

  /// The built-in language identifier, unless the check is off; a model that fails to load
  /// skips the check with a warning rather than failing the import.
  private func identifier() -> LanguageIdentifier? {
    guard !noLanguageCheck else { return nil }
    do {
      return LanguageIdentifier(model: try LanguageModel(contentsOf: BuiltInLocales.languageModel))
    } catch {
      StandardError.warning("language check skipped: \(error)")
      return nil
    }
  }

  func run() throws {
    let result: ImportResult
    let yaml: String
    do {
      let catalogs = try Catalogs.load(directories: catalogOptions.urls)
      result = try ArticleImporter(catalogs: catalogs, identifier: identifier())
        .importArticle(atPath: article, language: lang)
      if !catalogs.languages.contains(lang) {
        StandardError.warning(
          "no catalog for '\(lang)': its labels can only render in "
            + catalogs.languages.map(\.tag).joined(separator: ", "))
      }
      yaml = try BriefingWriter(headerComment: Self.header(article: article, language: lang)).write(
        result.briefing)
    } catch {
      StandardError.error("\(error)")
      throw ExitCode(2)
    }
    for label in result.mappedLabels { StandardError.line(label.description) }
    for notice in result.notices {
      StandardError.line(
        "\(article):\(notice.location.line):\(notice.location.column): warning: \(notice.reason)")
    }
    try write(yaml, to: output)
    if let newLabelsFile, let catalog = NewLabel.catalog(result.newLabels, source: article) {
      try write(catalog, to: newLabelsFile)
    }
    StandardError.line(Self.summary(result, article: article))
  }

  /// `imported seeds/x.txt (en): 4 sections, 22 text units, 3 labels mapped (2 from tl)`.
  static func summary(_ result: ImportResult, article: String) -> String {
    let briefing = result.briefing
    let foreign = Set(result.foreignLabels.map(\.match.language.tag)).sorted()
    let foreignPart =
      foreign.isEmpty
      ? "" : " (\(result.foreignLabels.count) from \(foreign.joined(separator: ", ")))"
    return "imported \(article) (\(briefing.metadata.sourceLanguage)): "
      + "\(briefing.content.sections.count) section\(briefing.content.sections.count == 1 ? "" : "s"), "
      + "\(briefing.textUnits.count) text units, \(result.mappedLabels.count) label"
      + "\(result.mappedLabels.count == 1 ? "" : "s") mapped\(foreignPart)"
  }

  static func header(article: String, language: Language) -> String {
    """
    Imported by `salin import` from \(article) (--lang \(language)).
    Labels found in any locale are catalog keys; every other text is a text unit in \(language).
    Format: docs/briefing-format.md. Add tl/ko variants to translate it.
    """
  }

  private func write(_ text: String, to path: String?) throws {
    guard let path else {
      print(text, terminator: "")
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      StandardError.line("wrote \(path)")
    } catch {
      StandardError.error("cannot write \(path): \(error.localizedDescription)")
      throw ExitCode(2)
    }
  }
}
