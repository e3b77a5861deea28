import ArgumentParser
import Foundation
import SalinBriefing
import SalinCatalog
import SalinCore
import SalinInterchange

/// `salin extract BRIEFING --target tl -o edscg-5.tl.xlf`: a briefing to translators.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Write a briefing's text units and labels for translators (XLIFF 2.0 by default).",
    discussion: """
      Every text unit with its source, the current translation and its state, notes on what \
      each placeholder stands for, and the catalog entries the briefing uses. A translation \
      whose source changed since (stale) is marked needs-review, with the old source beside \
      the new one (found in the briefing's git history). Exit 2 for a bad briefing.
      """)

  @Argument(help: "The briefing (YAML).")
  var briefing: String

  @Option(help: "The language to translate into.")
  var target: Language

  @Option(help: "xliff (2.0), xliff12 or po; by default from the output's extension, else xliff.")
  var format: InterchangeFormat?

  @Option(name: .shortAndLong, help: "The file to write; standard output when left out.")
  var output: String?

  @OptionGroup var catalogs: CatalogOptions

  func run() throws {
    let format = format ?? output.flatMap(InterchangeFormat.forPath) ?? .xliff
    do {
      guard [.xliff, .xliff12, .po].contains(format) else {
        throw ValidationError("extract writes xliff, xliff12 or po, not \(format.rawValue)")
      }
      let url = URL(fileURLWithPath: briefing)
      let model = try BriefingLoader().load(contentsOf: url, displayPath: briefing)
      let catalogs = try Catalogs.load(directories: self.catalogs.urls)
      var history = SourceHistory(url: url)
      let files = BriefingExtraction.extract(model, target: target, catalogs: catalogs) {
        history.source(ofUnit: $0.id, fingerprint: $1)
      }
      let written = format == .po ? Array(files.prefix(1)) : files
      let (text, losses) = format.write(written)
      try OutputFile.write(text, losing: losses, in: format, to: output)
    } catch let error as ValidationError {
      throw error
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }
}

/// `salin merge BRIEFING edscg-5.tl.xlf`: translations back into the briefing.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Write a translator's file back into a briefing, touching nothing else.",
    discussion: """
      Each translated unit becomes the text unit's variant, with made-from recording the source \
      it was translated from (a unit left needs-review stays stale). Catalog units that changed \
      are written into --locales DIR. Every unit is checked first (its ID, its placeholders); \
      any problem is one file:line:column line, exit 2, and nothing is written.
      """)

  @Argument(help: "The briefing (YAML) to write into.")
  var briefing: String

  @Argument(help: "The translator's file (XLIFF 2.0, XLIFF 1.2 or PO).")
  var file: String

  @Option(
    name: .customLong("locales"), help: "The folder of catalogs to write changed labels into.")
  var localeDirectory: String?

  func run() throws {
    do {
      let url = URL(fileURLWithPath: briefing)
      let yaml = try BriefingLoader().text(contentsOf: url, displayPath: briefing)
      let model = try BriefingLoader().load(yaml: yaml, file: briefing)
      let files = try InterchangeReader.read(contentsOf: file)
      let result = try BriefingMerge.merge(files, into: model, yaml: yaml, path: briefing)
      let catalogs = try BriefingCatalogMerge.prepare(
        result.catalogFile, into: localeDirectory.map { URL(fileURLWithPath: $0) },
        source: model.metadata.sourceLanguage)
      if !result.changed.isEmpty {
        // In place: a linked briefing stays a link with its mode; an edit saved meanwhile wins.
        try FileRewrite.replace(
          briefing, with: Array(result.text.utf8), expecting: Array(yaml.utf8))
      }
      try CatalogConversion.write(catalogs)
      for note in result.notes { print("note: \(note)") }
      print("\(briefing): \(result.changed.count) text units changed")
      for catalog in catalogs {
        print(
          "\(catalog.url.relativePath): \(catalog.result.changed.count) changed,"
            + " \(catalog.result.added.count) added")
      }
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }
}
