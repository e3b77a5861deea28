import ArgumentParser
import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinLint
import SalinRender

/// `salin render BRIEFING --locale en,tl,ko [--format F] [-o DIR] [--strict] [--locales DIR]`:
/// renders a briefing in each locale.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a briefing in one or more locales.",
    discussion: """
      Labels and messages come from the catalogs, facts are formatted by ICU, prose is taken in \
      the locale. A text missing in a locale falls back along the briefing's chain (default: the \
      source language); it is marked ([en: …] in Markdown and text, <span lang="en"> in HTML) and \
      reported on stderr.
      Exit codes: 0 rendered, 1 a fallback under --strict, 2 a bad briefing, catalog or option.
      """)

  @Argument(help: "The briefing file (YAML).")
  var briefing: String

  @Option(
    name: .customLong("locale"),
    help: ArgumentHelp(
      "Locales to render, comma-separated or repeated (en, tl, ko).", valueName: "locales"))
  var localeLists: [String]

  @Option(help: ArgumentHelp("Output format: markdown, html, text or json.", valueName: "format"))
  var format: String = "markdown"

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("Write <id>.<locale>.<ext> files into this folder.", valueName: "dir"))
  var outputDirectory: String?

  @Flag(help: "Treat any fallback to another language as an error (exit 1).")
  var strict = false

  @Flag(
    help: ArgumentHelp(
      "Check the briefing against --termbase (SL020–SL022) and exit 1 on problems, after "
        + "writing the output."))
  var check = false

  @Option(help: ArgumentHelp("The termbase for --check (TBX or YAML).", valueName: "file"))
  var termbase: String?

  @OptionGroup var catalogs: CatalogOptions

  func validate() throws {
    guard OutputFormat(rawValue: format) != nil else {
      throw ValidationError("unknown format '\(format)': use markdown, html, text or json")
    }
    if try locales().isEmpty { throw ValidationError("--locale needs at least one locale") }
    if check, termbase == nil { throw ValidationError("--check needs --termbase FILE") }
  }

  /// The `--locale` values, each a BCP 47 tag, in order and each once.
  private func locales() throws(ValidationError) -> [Language] {
    var result: [Language] = []
    for tag in localeLists.flatMap({ $0.split(separator: ",") }).map({
      $0.trimmingCharacters(in: .whitespaces)
    })
    where !tag.isEmpty {
      do {
        let locale = try Language(validating: tag)
        if !result.contains(locale) { result.append(locale) }
      } catch {
        throw ValidationError("--locale: \(error)")
      }
    }
    return result
  }

  func run() throws {
    let outputFormat = OutputFormat(rawValue: format) ?? .markdown
    let (model, documents) = try render()
    for notice in documents.flatMap(\.fallbacks) {
      StandardError.line(Self.line(for: notice, severity: "warning"))
    }
    try write(documents, as: outputFormat)
    if check, let termbase { try checkTerms(termbase, in: model) }
  }

  /// Runs the term checks on the briefing rendered (read once: a second read could see another
  /// file than the one rendered): problems on standard error, exit 1.
  private func checkTerms(_ path: String, in model: Briefing) throws {
    let loaded = try TermsCommand.load(path)
    let requested = try locales()
    let problems = BriefingTermCheck(termbase: loaded).problems(in: model).filter {
      requested.contains($0.language)
    }
    for problem in problems { StandardError.line(problem.description) }
    if !problems.isEmpty { throw ExitCode(1) }
  }

  /// `file:line:column: warning: no tl text for text:x; used en (fallback step 1)`.
  private static func line(for notice: FallbackNotice, severity: String) -> String {
    let place = notice.location.map { "\($0): " } ?? ""
    return "\(place)\(severity): \(notice.message)"
  }

  /// Loads, checks and renders; every problem with the input exits 2 with its location.
  private func render() throws -> (Briefing, [RenderedDocument]) {
    do {
      let model = try BriefingLoader().load(
        contentsOf: URL(fileURLWithPath: briefing), displayPath: briefing)
      let loaded = try Catalogs.load(directories: catalogs.urls)
      let documents = try BriefingRenderer(messages: loaded).render(
        model, locales: try locales(), strict: strict)
      return (model, documents)
    } catch RenderError.fallbackRefused(let notices) {
      for notice in notices { StandardError.line(Self.line(for: notice, severity: "error")) }
      StandardError.error("refusing to render with fallbacks or stale translations (--strict)")
      throw ExitCode(1)
    } catch let error as BriefingError {
      StandardError.line(error.description)  // `file:line:column: error: …`, one line a problem.
    } catch let error as RenderError {
      StandardError.line(error.description)  // The same, or `error: …` where there is no place.
    } catch {
      StandardError.error("\(error)")
    }
    throw ExitCode(2)
  }

  private func write(_ documents: [RenderedDocument], as outputFormat: OutputFormat) throws {
    guard let outputDirectory else {
      print(outputFormat.write(documents), terminator: "")
      return
    }
    let folder = URL(fileURLWithPath: outputDirectory)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for document in documents {
        let file = folder.appendingPathComponent(outputFormat.fileName(for: document))
        try Data(outputFormat.write(document).utf8).write(to: file, options: .atomic)
        StandardError.line("wrote \(file.path)")
      }
    } catch {
      StandardError.error("cannot write to \(outputDirectory): \(error.localizedDescription)")
      throw ExitCode(2)
    }
  }
}
