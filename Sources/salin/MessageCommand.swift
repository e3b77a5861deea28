import ArgumentParser
import Foundation
import SalinCatalog
import SalinCore

/// `salin message KEY --locale L [--arg name=value]… [--locales DIR]`: prints one formatted
/// catalog message.
struct MessageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "message",
    abstract: "Format one catalog message.",
    discussion: """
      Values are read by their shape: 2023-04-26 is a date, 2023-04 a month, 14:30 a time of \
      day, 2023-04-26T14:30+09:00 a date and time, 5, 2.5 or 1e-7 a number, 12.50 EUR a currency \
      amount, anything else text. Repeat --arg with the same name to pass a list (a name the \
      message formats as a list is a list even when given once):
        salin message agreed-areas --locale ko --arg areas=A --arg areas=B --arg areas=C
      Any BCP 47 tag works as --locale: a tag without a catalog takes its messages from the \
      closest tag that has one (es-MX from es) and formats them with its own locale data.
      Exit codes: 0 printed, 2 unknown key or locale, missing or ill-kinded argument (with the \
      placeholder's file:line:column), or a broken catalog.
      """)

  @Argument(help: "The catalog key, such as meeting.session.")
  var key: String

  // A transform, not `Language`'s `init?(argument:)`, so that a malformed tag is named with
  // what to write instead (`'en_US' is not a BCP 47 language tag (write en-US)`).
  @Option(
    help: "The language of the message: any BCP 47 tag (en, tl, ko, es-MX).",
    transform: { try Language(validating: $0) })
  var locale: Language

  @Option(
    name: .customLong("arg"),
    help: ArgumentHelp(
      "An argument as name=value; repeat a name for a list.", valueName: "name=value"))
  var arguments: [String] = []

  /// `--arg` values gathered before parsing (see `gatheringArguments(_:)`), NUL-separated.
  @Option(name: .customLong(Self.gatheredOption), help: .hidden)
  var gatheredArguments: String?

  @Option(
    name: .customLong("time-zone"),
    help: ArgumentHelp(
      "The time zone dates and times are shown in (Asia/Manila, UTC, GMT+09:00); ICU's default "
        + "(the machine's) when left out.", valueName: "zone"))
  var timeZone: String?

  @OptionGroup var catalogOptions: CatalogOptions

  func validate() throws { _ = try namedValues() }

  func run() throws {
    do {
      let catalogs = try Catalogs.load(
        directories: catalogOptions.urls, includeBuiltIn: true, timeZone: timeZone)
      print(try catalogs.message(key, locale: locale, typedValues: try namedValues()))
    } catch {
      StandardError.error("\(error)")
      throw ExitCode(2)
    }
  }

  /// The `--arg` values grouped by name, in the order given.
  private func namedValues() throws(ValidationError) -> [String: [String]] {
    var grouped: [String: [String]] = [:]
    let gathered = gatheredArguments?.split(separator: "\0", omittingEmptySubsequences: false)
    for argument in arguments + (gathered ?? []).map(String.init) {
      guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
        throw ValidationError("--arg takes name=value, not '\(argument)'")
      }
      grouped[String(argument[..<equals]), default: []].append(
        String(argument[argument.index(after: equals)...]))
    }
    return grouped
  }
}

extension MessageCommand {
  /// The hidden option that carries gathered `--arg` values.
  static let gatheredOption = "gathered-args"

  /// The command line with every `--arg` of `salin message` gathered into one hidden option.
  ///
  /// ArgumentParser records where each value of a repeated option came from in a set it copies
  /// for every value: 20,000 `--arg`s took minutes. Gathered here in one pass, they reach it
  /// as one option, in the order given.
  /// - Parameter arguments: The command line without the program name.
  /// - Returns: The same command line, or the rewritten one for `salin message`.
  static func gatheringArguments(_ arguments: [String]) -> [String] {
    guard arguments.first == configuration.commandName else { return arguments }
    var kept: [String] = []
    var values: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        kept += arguments[index...]
        break
      }
      if argument == "--arg", index + 1 < arguments.count, !arguments[index + 1].contains("\0") {
        values.append(arguments[index + 1])
        index += 2
        continue
      }
      if argument.hasPrefix("--arg="), !argument.contains("\0") {
        values.append(String(argument.dropFirst(6)))
        index += 1
        continue
      }
      kept.append(argument)
      index += 1
    }
    guard !values.isEmpty else { return arguments }
    return kept + ["--\(gatheredOption)", values.joined(separator: "\0")]
  }
}
