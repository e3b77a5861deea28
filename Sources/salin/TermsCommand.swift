import ArgumentParser
import Foundation
import SalinBriefing
import SalinCore
import SalinLint
import SalinTerms

/// `salin terms`: check briefings against a termbase, convert termbases between TBX and YAML.
struct TermsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "terms",
    abstract: "Check briefings against a termbase; convert termbases between TBX and YAML.",
    subcommands: [Check.self, Convert.self])

  /// Loads a termbase, or prints its error and exits 2.
  static func load(_ path: String) throws -> Termbase {
    do {
      return try Termbase.load(contentsOf: URL(fileURLWithPath: path), path: path)
    } catch {
      StandardError.error(error.description)
      throw ExitCode(2)
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check briefings: forbidden terms (SL020), a concept written two ways (SL021), "
        + "a source term missing from a translation (SL022).",
      discussion: "Exit 0 clean, 1 problems, 2 a bad briefing or termbase (file:line:column).")

    @Argument(help: "Briefing files (YAML).")
    var briefings: [String]

    @Option(name: .long, help: "The termbase (TBX or YAML).")
    var termbase: String

    func run() throws {
      let check = BriefingTermCheck(termbase: try TermsCommand.load(termbase))
      var count = 0
      for path in briefings {
        let briefing: Briefing
        do {
          briefing = try BriefingLoader().load(
            contentsOf: URL(fileURLWithPath: path), displayPath: path)
        } catch {
          StandardError.line("\(error)")  // `file:line:column: error: …`
          throw ExitCode(2)
        }
        for problem in check.problems(in: briefing) {
          print(problem.description)
          count += 1
        }
      }
      if count > 0 { throw ExitCode(1) }
    }
  }

  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a termbase: TBX (TBX-Basic, TBX-Min) or YAML in, TBX-Basic or YAML out.")

    @Argument(help: "The termbase to read.")
    var input: String

    @Option(name: .shortAndLong, help: "The file to write; .tbx writes TBX-Basic, else YAML.")
    var output: String?

    @Option(name: .long, help: "Output format when writing to standard output: yaml or tbx.")
    var to: String = "yaml"

    func validate() throws {
      // Any other word wrote YAML without a word of warning.
      guard ["yaml", "tbx"].contains(to) else {
        throw ValidationError("--to takes yaml or tbx, not '\(to)'")
      }
    }

    func run() throws {
      let termbase = try TermsCommand.load(input)
      let asTBX = output.map { $0.lowercased().hasSuffix(".tbx") } ?? (to == "tbx")
      let text = asTBX ? TBXWriter.write(termbase) : TermbaseYAML.write(termbase)
      guard let output else {
        print(text, terminator: "")
        return
      }
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        StandardError.error("\(output): cannot write (\(error.localizedDescription))")
        throw ExitCode(2)
      }
    }
  }
}
