import Foundation
import SalinTestSupport
import Testing

/// Runs the built `salin` and returns its output and exit status.
private func salin(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32)
{
  let result = try SalinProcess.run(arguments)
  return (result.stdout, result.stderr, result.status)
}

@Suite("salin message")
struct MessageCommandTests {
  @Test(arguments: [("en", "April 2023\n"), ("tl", "Abril 2023\n"), ("ko", "2023년 4월\n")])
  func monthYear(tag: String, expected: String) throws {
    let result = try salin(["message", "date.month-year", "--locale", tag, "--arg", "d=2023-04-26"])
    #expect(result.stdout == expected)
    #expect(result.status == 0)
  }

  @Test(arguments: [
    ("en", "The two sides agreed to focus on A, B, and C.\n"),
    ("tl", "Napagkasunduan ng dalawang panig na tutukan ang A, B at C.\n"),
    ("ko", "양측은 A, B 및 C에 중점을 두기로 합의했다.\n"),
  ])
  func areasList(tag: String, expected: String) throws {
    let result = try salin([
      "message", "agreed-areas", "--locale", tag, "--arg", "areas=A", "--arg", "areas=B", "--arg",
      "areas=C",
    ])
    #expect(result.stdout == expected)
  }

  @Test(arguments: [
    ("en", "South Korea", "North Korea"), ("tl", "South Korea", "North Korea"),
    ("ko", "한국", "북한"),
  ])
  func regions(tag: String, kr: String, kp: String) throws {
    #expect(
      try salin(["message", "country.name", "--locale", tag, "--arg", "country=KR"]).stdout == kr
        + "\n")
    #expect(
      try salin(["message", "country.name", "--locale", tag, "--arg", "country=KP"]).stdout == kp
        + "\n")
  }

  /// One `--arg` for a name the message formats as a list is a one-item list, so Tagalog
  /// picks "ni" (one leader) rather than "nina".
  @Test(arguments: [
    ("en", "the U.S. delegation, led by Bonnie Jenkins\n"),
    ("tl", "ang delegasyon ng Estados Unidos, na pinangunahan ni Bonnie Jenkins\n"),
  ])
  func oneLeaderIsAList(tag: String, expected: String) throws {
    let result = try salin([
      "message", "delegation.led-by", "--locale", tag, "--arg", "country=US",
      "--arg", "leaders=Bonnie Jenkins",
    ])
    #expect(result.status == 0)
    #expect(result.stdout == expected)
  }

  @Test(arguments: [("en", "fifth\n"), ("tl", "ikalima\n"), ("ko", "다섯 번째\n")])
  func spelledOrdinal(tag: String, expected: String) throws {
    #expect(
      try salin(["message", "number.spelled-ordinal", "--locale", tag, "--arg", "n=5"]).stdout
        == expected)
  }

  @Test(arguments: [
    ("en", "the fifth meeting\n"), ("tl", "ang ikalimang pulong\n"), ("ko", "제5차 회의\n"),
  ])
  func session(tag: String, expected: String) throws {
    #expect(
      try salin(["message", "meeting.session", "--locale", tag, "--arg", "n=5"]).stdout == expected)
  }

  @Test func userCatalogOverridesAKey() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("label.sources: Mga Sanggunian\n".utf8).write(
      to: directory.appendingPathComponent("tl.yaml"))
    let result = try salin([
      "message", "label.sources", "--locale", "tl", "--locales", directory.path,
    ])
    #expect(result.stdout == "Mga Sanggunian\n")
  }

  /// A date skeleton or pattern ICU rejects is one error naming it, exit 2: it once formatted as
  /// empty text with exit 0, then as ICU's code name (U_ILLEGAL_ARGUMENT_ERROR).
  @Test(arguments: [
    (
      "{d, date, ::ééé}",
      "tl.yaml:1:12: error: cannot format the argument 'd' of 'k': "
        + "ICU rejects the date skeleton '::ééé'"
    ),
    (
      "{d, date, ::}",
      "tl.yaml:1:12: error: cannot format the argument 'd' of 'k': "
        + "ICU rejects the date skeleton '::'"
    ),
  ])
  func rejectedDateSkeleton(placeholder: String, expected: String) throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("k: \"Noong [\(placeholder)]\"\n".utf8).write(
      to: directory.appendingPathComponent("tl.yaml"))
    let result = try salin([
      "message", "k", "--locale", "tl", "--locales", directory.path, "--arg", "d=2023-04-26",
    ])
    #expect(result.stdout == "")
    #expect(result.stderr.hasSuffix(expected + "\n"))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.status == 2)
  }

  /// A key no catalog defines names the key it was probably meant to be; one that is simply
  /// unknown gets no guess.
  @Test func aMisspeltKeySuggestsTheKeyItMeant() throws {
    let typo = try salin(["message", "meeting.sesion", "--locale", "tl", "--arg", "n=5"])
    #expect(
      typo.stderr
        == "error: no tl message for 'meeting.sesion'; did you mean 'meeting.session'?\n")
    #expect(typo.status == 2)
    let unknown = try salin(["message", "weather.forecast", "--locale", "tl"])
    #expect(unknown.stderr == "error: no tl message for 'weather.forecast'\n")
  }

  /// An argument of the wrong kind names the placeholder's file, line and column, the argument
  /// and what it must be; nothing goes to standard output.
  @Test func errorsExitTwoWithAReason() throws {
    let result = try salin(["message", "meeting.session", "--locale", "en", "--arg", "n=A"])
    #expect(result.stderr.hasPrefix("/"))
    #expect(
      result.stderr.hasSuffix(
        "en.yaml:59:16: error: the argument 'n' of 'meeting.session' must be a number, not a text\n"
      ))
    #expect(result.stdout == "")
    #expect(result.status == 2)
  }
}

/// Catalogs for any tag, time zones and the kinds of value a command line can type.
@Suite("salin message with any locale")
struct MessageCommandLocaleTests {
  /// Writes catalogs into a new folder.
  private func catalogs(_ files: [String: String]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// es-MX has no catalog: its message comes from es and is formatted with es-MX's data
  /// (1,234.5 in Mexico, 1.234,5 in Spain); a partial es-MX catalog falls back key by key.
  @Test func fallsBackAlongTheTagsChain() throws {
    let directory = try catalogs([
      "es.yaml": "total: 'Total: {n, number}'\nhello: Hola\n",
      "es-MX.yaml": "hello: Qué onda\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    func message(_ key: String, _ tag: String) throws -> String {
      try salin([
        "message", key, "--locale", tag, "--locales", directory.path, "--arg", "n=1234.5",
      ]).stdout
    }
    #expect(try message("total", "es") == "Total: 1.234,5\n")
    #expect(try message("total", "es-MX") == "Total: 1,234.5\n")
    #expect(try message("hello", "es-MX") == "Qué onda\n")
    #expect(try message("hello", "es-AR") == "Hola\n")
  }

  /// A catalog for a tag the built-in ones do not have, with its plural rules and dates.
  @Test func japaneseCatalog() throws {
    let directory = try catalogs([
      "ja.yaml": "files: '{n, plural, other {#個のファイル}}、{d, date, long}'\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try salin([
      "message", "files", "--locale", "ja", "--locales", directory.path, "--arg", "n=3", "--arg",
      "d=2023-04-26",
    ])
    #expect(result.stdout == "3個のファイル、2023年4月26日\n")
  }

  /// A tag with neither a catalog on its chain nor ICU data is named in one line, exit 2.
  @Test func unknownLocaleIsNamed() throws {
    let result = try salin(["message", "meeting.session", "--locale", "qaa", "--arg", "n=5"])
    #expect(
      result.stderr
        == "error: 'qaa' is not a locale Salin can use: there is no catalog for it (or a language "
        + "it falls back to) and ICU has no locale data for it\n")
    #expect(result.status == 2)
  }

  /// Times of day, zoned date-times and `--time-zone`, as ICU shows them in that zone.
  @Test func timesAndZones() throws {
    let directory = try catalogs([
      "en.yaml":
        "at: '{t, time, short} ({t, time, ::zzzz})'\nwhen: '{d, date, ::yMMMd} {d, time}'\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    func message(_ key: String, _ value: String, _ zone: String) throws -> String {
      try salin([
        "message", key, "--locale", "en", "--locales", directory.path, "--arg", value,
        "--time-zone", zone,
      ]).stdout
    }
    #expect(try message("at", "t=14:30", "UTC") == "2:30\u{202F}PM (Coordinated Universal Time)\n")
    #expect(
      try message("when", "d=2023-04-26T14:30+09:00", "Asia/Manila")
        == "Apr 26, 2023 1:30:00\u{202F}PM\n")
    let bad = try salin(["message", "at", "--locale", "en", "--time-zone", "Mars/Olympus"])
    #expect(bad.stderr.contains("'Mars/Olympus' is not a time zone ICU knows"))
    #expect(bad.status == 2)
  }

  /// A currency amount sets the currency; a value the message only selects on stays text.
  @Test func currencyAndSelectValues() throws {
    let directory = try catalogs([
      "en-US.yaml": "price: '{p, number, currency}'\nlevel: '{l, select, 4 {four} other {?}}'\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    func message(_ key: String, _ value: String) throws -> String {
      try salin(["message", key, "--locale", "en-US", "--locales", directory.path, "--arg", value])
        .stdout
    }
    #expect(try message("price", "p=5.5") == "$5.50\n")
    #expect(try message("price", "p=5.5 EUR") == "€5.50\n")
    #expect(try message("level", "l=4") == "four\n")
  }

  /// Twenty thousand `--arg`s are read in one pass (ArgumentParser alone took minutes).
  @Test func manyArguments() throws {
    var arguments = ["message", "meeting.session", "--locale", "en", "--arg", "n=5"]
    for index in 0..<20_000 { arguments += ["--arg", "unused\(index)=\(index)"] }
    let result = try salin(arguments)
    #expect(result.stdout == "the fifth meeting\n")
    #expect(result.status == 0)
  }
}

@Suite("salin catalog check")
struct CatalogCheckCommandTests {
  @Test func builtInAndLocalesFolderAreClean() throws {
    #expect(try salin(["catalog", "check"]).status == 0)
    let result = try salin(["catalog", "check", "locales/"])
    #expect(result.stdout == "")
    #expect(result.status == 0)
  }

  @Test func findingsAndUnusableFiles() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("a: one\nb: '{n, plural, one {#} other {#}}'\n".utf8).write(
      to: directory.appendingPathComponent("en.yaml"))
    try Data("a: one\nb: '{n, plural, one {#} other {#}}'\n".utf8).write(
      to: directory.appendingPathComponent("ko.yaml"))
    let result = try salin(["catalog", "check", directory.path])
    #expect(
      result.stdout == """
        \(directory.path)/ko.yaml:1:4: 'a' is identical to en (\(directory.path)/en.yaml:1:4); translate it or mark the entry 'untranslated: ok' [untranslated]
        \(directory.path)/ko.yaml:2:17: 'b': 'one' is not a CLDR plural category of ko (it has other) [plural-category]

        """)
    #expect(result.status == 1)
    try Data([0xC3, 0x28]).write(to: directory.appendingPathComponent("tl.yaml"))
    let unusable = try salin(["catalog", "check", directory.path])
    #expect(unusable.stderr == "error: \(directory.path)/tl.yaml: not UTF-8 text\n")
    #expect(unusable.status == 2)
  }

  /// A number typed with an exponent is a number, formatted as ICU 72 formats the double
  /// (expected output computed by icu::MessageFormat: `{n}` with 1e-7 and 1e21).
  @Test(arguments: [("1e-7", "0\n"), ("1e21", "1,000,000,000,000,000,000,000\n")])
  func exponent(value: String, expected: String) throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "plain.number: '{n}'\n".write(
      to: directory.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
    let result = try salin([
      "message", "plain.number", "--locale", "en", "--locales", directory.path, "--arg",
      "n=\(value)",
    ])
    #expect(result.stdout == expected)
    #expect(result.status == 0)
  }
}
