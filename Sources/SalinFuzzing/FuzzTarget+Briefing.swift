import SalinBriefing
import SalinCatalog
import SalinCore
import SalinRender

extension FuzzTarget {
  /// The built-in catalogs, loaded once for every input.
  static let catalogs: Catalogs? = try? Catalogs.load()

  /// Loads a briefing; if it loads, renders it in each built-in locale it has, and checks that
  /// writing it back as YAML (what `salin import` does) and loading that renders the same text.
  static func briefing(_ bytes: [UInt8]) throws(FuzzFailure) {
    // Bytes that are not UTF-8 never reach the loader: reading the file refuses them first.
    guard let yaml = String(validating: bytes, as: UTF8.self) else { return }
    let briefing: Briefing
    do throws(BriefingError) {
      briefing = try BriefingLoader().load(yaml: yaml, file: "fuzz.yaml")
    } catch {
      // One line per problem, each naming the file.
      try checkOneLine(error, lines: 1 + error.additional.count)
      return
    }
    guard BriefingMetadata.isValidID(briefing.metadata.id) else {
      throw FuzzFailure("the loader accepted the id '\(briefing.metadata.id)'")
    }
    guard let catalogs else { throw FuzzFailure("the built-in catalogs do not load") }
    let locales = briefing.metadata.languages.filter(catalogs.languages.contains)
    let renderer = BriefingRenderer(messages: catalogs)
    do throws(RenderError) {
      try renderer.validate(briefing, locales: locales)
    } catch {
      try checkOneLine(error, lines: .max)
      return
    }
    let rendered = try render(briefing, locales, renderer)
    let written: String
    do throws(BriefingError) {
      written = try BriefingWriter().write(briefing)
    } catch {
      return  // Text YAML cannot hold; the writer says so.
    }
    let again: Briefing
    do throws(BriefingError) {
      again = try BriefingLoader().load(yaml: written, file: "fuzz.yaml")
    } catch {
      throw FuzzFailure("the briefing written back does not load: \(error)\n\(written)")
    }
    guard try render(again, locales, renderer) == rendered else {
      throw FuzzFailure("the briefing written back renders differently:\n\(written)")
    }
  }

  private static func render(
    _ briefing: Briefing, _ locales: [Language], _ renderer: BriefingRenderer
  ) throws(FuzzFailure) -> [String] {
    var texts: [String] = []
    for locale in locales {
      do throws(RenderError) {
        let document = try renderer.render(briefing, locale: locale)
        // JSON carries each span's source position, which a rewritten file moves.
        for format in OutputFormat.allCases {
          let text = format.write(document)
          if format != .json { texts.append(text) }
        }
      } catch {
        try checkOneLine(error, lines: .max)
        texts.append(withoutPositions("\(error)"))
      }
    }
    return texts
  }

  /// An error's text without the line and column of each `fuzz.yaml:LINE:COLUMN: ` it names.
  ///
  /// The briefing written back lays the same units out on other lines (flow mappings become
  /// blocks, list items gain ids), so an error names another position in it and still says the
  /// same thing. Compared with their positions, a briefing whose paragraph has no text in the
  /// locale rendered "differently" only because its error was on line 35 instead of 25.
  static func withoutPositions(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix("fuzz.yaml:") else { return String(line) }
      let rest = line.dropFirst("fuzz.yaml:".count)
      let numbers = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
      guard numbers.filter({ $0 == ":" }).count == 2, rest.dropFirst(numbers.count).first == " "
      else { return String(line) }
      return "fuzz.yaml:" + rest.dropFirst(numbers.count)
    }.joined(separator: "\n")
  }
}
