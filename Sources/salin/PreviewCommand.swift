import ArgumentParser
import Foundation
import SalinCore
import SalinLint
import SalinPreview

/// `salin preview BRIEFING`: a live page with the briefing in every locale side by side.
struct PreviewCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: "Serve a live page with a briefing rendered in every locale, side by side.",
    discussion: """
      Fallbacks and lint findings are highlighted in place, with their evidence on hover; the \
      page updates itself when the briefing or a catalog changes. Binds to 127.0.0.1 unless \
      --host says otherwise. Stop with Ctrl-C.
      """)

  @Argument(help: "The briefing file (YAML).")
  var briefing: String

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port (0 picks a free one).")
  var port = 8484

  @Option(
    name: .customLong("locale"),
    help: ArgumentHelp(
      "Locales to show, comma-separated or repeated (default: the briefing's).",
      valueName: "locales"))
  var localeLists: [String] = []

  @OptionGroup var catalogs: CatalogOptions

  @OptionGroup var linter: LinterOptions

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
    _ = try tags()
  }

  /// The `--locale` values, each a BCP 47 tag.
  private func tags() throws(ValidationError) -> [Language] {
    var result: [Language] = []
    for tag in localeLists.flatMap({ $0.split(separator: ",") }) {
      do {
        result.append(try Language(validating: tag.trimmingCharacters(in: .whitespaces)))
      } catch {
        throw ValidationError("--locale: \(error)")
      }
    }
    return result
  }

  func run() async throws {
    // A missing file is bad input, one line and exit 2, not a usage error with the usage text.
    guard FileManager.default.fileExists(atPath: briefing) else {
      StandardError.error("\(briefing): no such file or directory")
      throw ExitCode(2)
    }
    let tags = try tags()
    let catalogDirectories = catalogs.urls
    let builder = PreviewBuilder(
      briefingPath: briefing, catalogDirectories: catalogDirectories,
      locales: tags.isEmpty ? nil : tags,
      linters: linter.factory(catalogs: catalogs),
      watchedFiles: linter.termbaseURLs)
    let briefing = self.briefing
    do {
      try await PreviewServer(builder: builder, host: host, port: port).run { url in
        StandardError.line("salin preview: \(briefing) at \(url) (Ctrl-C to stop)")
      }
    } catch {
      StandardError.error("cannot serve on \(host):\(port): \(error)")
      throw ExitCode(2)
    }
  }
}
