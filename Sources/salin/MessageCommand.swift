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
      Values are read by their shape: 2023-04-26 is a date, 2023-04 a month, 5 or 2.5 a number, \
      anything else text. Repeat --arg with the same name to pass a list (a name the message \
      formats as a list is a list even when given once):
        salin message agreed-areas --locale ko --arg areas=A --arg areas=B --arg areas=C
      Exit codes: 0 printed, 2 unknown key, missing or ill-kinded argument, or a broken catalog.
      """)

  @Argument(help: "The catalog key, such as meeting.session.")
  var key: String

  @Option(help: "The language of the message (en, tl, ko).")
  var locale: Language

  @Option(
    name: .customLong("arg"),
    help: ArgumentHelp(
      "An argument as name=value; repeat a name for a list.", valueName: "name=value"))
  var arguments: [String] = []

  @Option(
    name: .customLong("locales"),
    help: ArgumentHelp(
      "A folder of catalogs that extend or override the built-in ones.", valueName: "dir"))
  var localeDirectories: [String] = []

  func run() throws {
    let raw = try namedValues()
    var loaded: Catalogs?
    do {
      let catalogs = try Catalogs.load(
        directories: localeDirectories.map { URL(fileURLWithPath: $0) }, includeBuiltIn: true)
      loaded = catalogs
      // A name the message formats as a list is a list even when given once.
      let listNames = try catalogs.entry(key, locale)?.pattern().listArgumentNames ?? []
      let values = raw.reduce(into: [String: MessageArgument]()) { values, pair in
        values[pair.key] =
          listNames.contains(pair.key) ? .list(pair.value) : MessageArgument.parsing(pair.value)
      }
      let text = try catalogs.message(key, locale: locale, arguments: values)
      print(text)
    } catch {
      var line = "salin: \(error)"
      // A key no locale defines is most often a typo: name the key it was probably meant to be.
      if case CatalogError.missingMessage = error, let catalogs = loaded,
        !catalogs.keys.contains(key), let suggestion = catalogs.closestKey(to: key)
      {
        line += "; did you mean '\(suggestion)'?"
      }
      FileHandle.standardError.write(Data((line + "\n").utf8))
      throw ExitCode(2)
    }
  }

  /// The `--arg` values grouped by name, in the order given.
  private func namedValues() throws -> [String: [String]] {
    var grouped: [String: [String]] = [:]
    for argument in arguments {
      guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
        throw ValidationError("--arg takes name=value, not '\(argument)'")
      }
      grouped[String(argument[..<equals]), default: []].append(
        String(argument[argument.index(after: equals)...]))
    }
    return grouped
  }
}
