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

  @Option(
    name: .customLong("locales"),
    help: ArgumentHelp(
      "A folder of catalogs that extend or override the built-in ones.", valueName: "dir"))
  var localeDirectories: [String] = []

  func validate() throws {
    guard OutputFormat(rawValue: format) != nil else {
      throw ValidationError("unknown format '\(format)': use markdown, html, text or json")
    }
    if locales.isEmpty { throw ValidationError("--locale needs at least one locale") }
    if check, termbase == nil { throw ValidationError("--check needs --termbase FILE") }
  }

  private var locales: [Language] {
    var result: [Language] = []
    for tag in localeLists.flatMap({ $0.split(separator: ",") }).map({
      $0.trimmingCharacters(in: .whitespaces)
    })
    where !tag.isEmpty && !result.contains(Language(tag)) {
      result.append(Language(tag))
    }
    return result
  }

  func run() throws {
    let outputFormat = OutputFormat(rawValue: format) ?? .markdown
    let documents = try render()
    for notice in documents.flatMap(\.fallbacks) {
      Self.printError(Self.line(for: notice, severity: "warning"))
    }
    try write(documents, as: outputFormat)
    if check, let termbase { try checkTerms(termbase) }
  }

  /// Runs the term checks on the briefing: problems on standard error, exit 1.
  private func checkTerms(_ path: String) throws {
    let loaded = try TermsCommand.load(path)
    let model: Briefing
    do {
      model = try BriefingLoader().load(
        contentsOf: URL(fileURLWithPath: briefing), displayPath: briefing)
    } catch {
      Self.printError("\(error)")
      throw ExitCode(2)
    }
    let problems = BriefingTermCheck(termbase: loaded).problems(in: model).filter {
      locales.contains($0.language)
    }
    for problem in problems { Self.printError(problem.description) }
    if !problems.isEmpty { throw ExitCode(1) }
  }

  /// `file:line:column: warning: no tl text for text:x; used en (fallback step 1)`.
  private static func line(for notice: FallbackNotice, severity: String) -> String {
    let place = notice.location.map { "\($0): " } ?? ""
    return "\(place)\(severity): no \(notice.requestedLocale) text for \(notice.origin); "
      + "used \(notice.usedLocale) (fallback step \(notice.step))"
  }

  /// Loads, validates and renders; every problem with the input exits 2 with its location.
  private func render() throws -> [RenderedDocument] {
    do {
      let model = try BriefingLoader().load(
        contentsOf: URL(fileURLWithPath: briefing), displayPath: briefing)
      let catalogs = try Catalogs.load(
        directories: localeDirectories.map { URL(fileURLWithPath: $0) })
      for locale in locales where !catalogs.languages.contains(locale) {
        throw ValidationError(
          "no catalog for locale '\(locale)' (have \(catalogs.languages.map(\.tag).joined(separator: ", ")))"
        )
      }
      let renderer = BriefingRenderer(messages: catalogs)
      try renderer.validate(model, locales: locales)
      var documents: [RenderedDocument] = []
      for locale in locales {
        documents.append(try renderer.render(model, locale: locale, strict: strict))
      }
      return documents
    } catch RenderError.fallbackRefused(let notices) {
      for notice in notices { Self.printError(Self.line(for: notice, severity: "error")) }
      Self.printError("salin: refusing to render with fallbacks (--strict)")
      throw ExitCode(1)
    } catch let error as BriefingError {
      Self.printError(error.description)
    } catch let error as RenderError {
      Self.printError(error.location == nil ? "\(briefing): \(error)" : error.description)
    } catch let error as ValidationError {
      throw error
    } catch {
      Self.printError("salin: \(error)")
    }
    throw ExitCode(2)
  }

  private func write(_ documents: [RenderedDocument], as outputFormat: OutputFormat) throws {
    guard let outputDirectory else {
      let texts = documents.map { outputFormat.write($0) }
      if outputFormat == .json && texts.count > 1 {
        print(
          "[\n" + texts.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n")
            + "\n]")
      } else {
        print(texts.joined(separator: "\n"), terminator: "")
      }
      return
    }
    let folder = URL(fileURLWithPath: outputDirectory)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for document in documents {
        let file = folder.appendingPathComponent(
          "\(document.id).\(document.locale.tag).\(outputFormat.fileExtension)")
        try Data(outputFormat.write(document).utf8).write(to: file, options: .atomic)
        Self.printError("wrote \(file.path)")
      }
    } catch {
      Self.printError("salin: cannot write to \(outputDirectory): \(error.localizedDescription)")
      throw ExitCode(2)
    }
  }

  private static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
