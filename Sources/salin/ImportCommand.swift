import ArgumentParser
import Foundation
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
      The briefing is written while the article is read; -o's file (or stdout) gets it only \
      once the import has succeeded. ARTICLE - reads standard input.
      Exit codes: 0 imported, 2 unreadable article, bad catalog or option, or an output that \
      cannot be written.
      """)

  @Argument(help: "The article (.txt, .md, …), or - for standard input.")
  var article: String

  @Option(
    name: .customLong("stdin-filename"),
    help: ArgumentHelp(
      "With -: the name to report, whose extension says how to read standard input.",
      valueName: "name"))
  var stdinFilename: String?

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
    let name = article == "-" ? stdinFilename ?? "<stdin>" : article
    let report: ImportReport
    let yaml: ImportOutput
    do {
      let catalogs = try Catalogs.load(directories: catalogOptions.urls)
      let importer = ArticleImporter(catalogs: catalogs, identifier: identifier())
      // Written while it is read and assembled, and seen only once the import has succeeded.
      var out = try output.map(ImportOutput.file(atPath:)) ?? .standardOutput()
      yaml = out
      report = try importer.importArticle(
        atPath: article, standardInputName: stdinFilename, language: lang,
        headerComment: Self.header(article: name, language: lang), writingYAMLTo: &out)
      if !catalogs.languages.contains(lang) {
        StandardError.warning(
          "no catalog for '\(lang)': its labels can only render in "
            + catalogs.languages.map(\.tag).joined(separator: ", "))
      }
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
    for label in report.mappedLabels { StandardError.line(label.description) }
    for notice in report.notices {
      StandardError.line(
        "\(name):\(notice.location.line):\(notice.location.column): warning: \(notice.reason)")
    }
    try commit(yaml)
    if let newLabelsFile, let catalog = NewLabel.catalog(report.newLabels, source: name) {
      let file: ImportOutput
      do {
        file = try ImportOutput.file(atPath: newLabelsFile)
      } catch {
        StandardError.report(error)
        throw ExitCode(2)
      }
      file.write(catalog)
      try commit(file)
    }
    StandardError.line(Self.summary(report, article: name))
  }

  /// `imported seeds/x.txt (en): 4 sections, 22 text units, 3 labels mapped (2 from tl)`.
  static func summary(_ report: ImportReport, article: String) -> String {
    let foreign = Set(report.foreignLabels.map(\.match.language.tag)).sorted()
    let foreignPart =
      foreign.isEmpty
      ? "" : " (\(report.foreignLabels.count) from \(foreign.joined(separator: ", ")))"
    return "imported \(article) (\(report.language)): "
      + "\(report.sectionCount) section\(report.sectionCount == 1 ? "" : "s"), "
      + "\(report.textUnitCount) text units, \(report.mappedLabels.count) label"
      + "\(report.mappedLabels.count == 1 ? "" : "s") mapped\(foreignPart)"
  }

  static func header(article: String, language: Language) -> String {
    """
    Imported by `salin import` from \(article) (--lang \(language)).
    Labels found in any locale are catalog keys; every other text is a text unit in \(language).
    Format: docs/briefing-format.md. Add tl/ko variants to translate it.
    """
  }

  /// Shows an output: renames its file into place or copies it to stdout.
  private func commit(_ output: ImportOutput) throws {
    do {
      try output.commit()
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
    if output.path != "-" { StandardError.line("wrote \(output.path)") }
  }
}
