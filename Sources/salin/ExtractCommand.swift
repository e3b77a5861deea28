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

  /// The format written: `--format`, else the output's extension, else XLIFF 2.0.
  private var chosenFormat: InterchangeFormat {
    format ?? output.flatMap(InterchangeFormat.forPath) ?? .xliff
  }

  func validate() throws {
    // Here, not in run(): a ValidationError thrown from run() prints the root command's usage.
    guard [.xliff, .xliff12, .po].contains(chosenFormat) else {
      throw ValidationError("extract writes xliff, xliff12 or po, not \(chosenFormat.rawValue)")
    }
  }

  func run() throws {
    let format = chosenFormat
    do {
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
    } catch {
      StandardError.report(error)
      throw ExitCode(2)
    }
  }
}
