import ArgumentParser
import Foundation
import SalinCore
import SalinLangID
import SalinResources

/// `salin detect`: the language of a text with every candidate's score, or its foreign spans.
struct DetectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "detect",
    abstract: "Identify the language of a text, or find the foreign spans in it.",
    discussion: """
      With TEXT, answers for TEXT. With '-' or no TEXT, reads standard input and answers once \
      per line (bulk use). Undetermined text (no letters, only names or acronyms) prints 'und'.
      """)

  /// How results are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The text to identify; '-' or nothing reads standard input line by line.")
  var text: String?

  @Option(help: "The candidate languages, comma-separated (default: all the model's).")
  var languages: String?

  @Flag(help: "Print the spans in another language than the text's main one.")
  var spans = false

  @Option(help: "The main language for --spans (default: the one identified for each text).")
  var main: Language?

  @Option(help: "Names that are not evidence of a language, comma-separated.")
  var names: String?

  @Option(help: "Output format: text or json (one JSON object per line).")
  var format: Format = .text

  @Option(help: "A model file (default: the built-in model).")
  var model: String?

  func run() throws {
    let url = model.map { URL(fileURLWithPath: $0) } ?? BuiltInLocales.languageModel
    let loaded: LanguageModel
    do {
      loaded = try LanguageModel(contentsOf: url)
    } catch {
      StandardError.error("\(error)")
      throw ExitCode(2)
    }
    let candidates = try parseCandidates(model: loaded)
    let identifier = LanguageIdentifier(model: loaded)
    let nameSet = Set(
      (names ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty })
    let printer = DetectPrinter(format: format)
    if let text, text != "-" {
      answer(text, identifier, candidates, nameSet, printer)
      printer.flush()
    } else {
      // Fed by a pipe or a terminal, answer each line as it comes, so that a program writing a
      // line and waiting for its answer (a co-process) is not stuck behind stdout's buffer; fed
      // from a file, keep the buffer (bulk runs stay fast).
      let answersEachLine = Self.standardInputIsInteractive()
      var lines = StandardInputLines()
      while let line = lines.next() {
        answer(line, identifier, candidates, nameSet, printer)
        if answersEachLine {
          printer.flush()
          fflush(nil)
        }
      }
      printer.flush()
    }
  }

  /// Whether standard input is a pipe, socket or terminal rather than a regular file.
  private static func standardInputIsInteractive() -> Bool {
    var status = stat()
    guard fstat(STDIN_FILENO, &status) == 0 else { return false }
    return (status.st_mode & S_IFMT) != S_IFREG
  }

  func validate() throws {
    // Here, not in run(): a ValidationError thrown from run() prints the root command's usage.
    _ = try requestedLanguages()
  }

  /// The `--languages` tags, each well-formed.
  private func requestedLanguages() throws(ValidationError) -> [Language]? {
    guard let languages else { return nil }
    var requested: [Language] = []
    for tag in languages.split(separator: ",") {
      do {
        requested.append(try Language(validating: tag.trimmingCharacters(in: .whitespaces)))
      } catch {
        throw ValidationError("--languages: \(error)")
      }
    }
    return requested
  }

  /// The candidates, each one the model knows: a language it does not know is a problem with
  /// the model given (one line, exit 2), not with the command line's syntax.
  private func parseCandidates(model: LanguageModel) throws -> Set<Language>? {
    guard let requested = try requestedLanguages() else { return nil }
    let unknown = requested.filter { !model.languages.contains($0) }
    guard unknown.isEmpty else {
      StandardError.error(
        "the model does not know \(unknown.map(\.tag).joined(separator: ", ")); it knows "
          + model.languages.map(\.tag).joined(separator: ", "))
      throw ExitCode(2)
    }
    return Set(requested)
  }

  private func answer(
    _ text: String, _ identifier: LanguageIdentifier, _ candidates: Set<Language>?,
    _ names: Set<String>, _ printer: DetectPrinter
  ) {
    if spans {
      let mainLanguage =
        main ?? identifier.identify(text, candidates: candidates, names: names).language
      let found =
        mainLanguage.map {
          identifier.foreignSpans(in: text, mainLanguage: $0, candidates: candidates, names: names)
        } ?? []
      printer.print(spans: found, main: mainLanguage)
    } else {
      printer.print(identifier.identify(text, candidates: candidates, names: names))
    }
  }
}
