import ArgumentParser
import Foundation
import SalinBriefing
import SalinCore
import SalinInterchange

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
      CatalogImportCommand.printWritten(catalogs)
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }
}
