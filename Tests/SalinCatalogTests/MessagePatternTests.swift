import SalinCatalog
import SalinCore
import Testing

@Suite("MessagePattern")
struct MessagePatternTests {
  @Test(arguments: [
    ("Korea's", "Korea's"), ("it''s", "it's"), ("'{literal}'", "{literal}"),
    ("a '{b}' c", "a {b} c"),
    ("'#' stays", "'#' stays"), ("no args", "no args"), ("", ""),
  ])
  func quotingFollowsICU(source: String, text: String) throws {
    #expect(try MessagePattern(parsing: source).plainText == text)
  }

  @Test func argumentNamesIncludeNestedOnes() throws {
    let pattern = try MessagePattern(
      parsing:
        "{n, plural, offset:1 =0 {none} one {{who} alone} other {{who} and # others}} {d, date, ::yMMMM}"
    )
    #expect(pattern.argumentNames == ["d", "n", "who"])
    #expect(pattern.plainText == nil)
  }

  @Test(arguments: [
    ("{n, plural, one {x}}", 0, "a plural needs an 'other' branch"),
    ("abc {n", 4, "'{' is never closed"),
    ("{n, nombre}", 4, "{n}: unknown argument type 'nombre'"),
    ("{, number}", 1, "expected an argument name after '{'"),
    ("{xs, list, both}", 10, "{xs}: unknown list style 'both' (and, or, unit, names)"),
    ("{x, select, a {A}}", 0, "a select needs an 'other' branch"),
  ])
  func syntaxErrorsHaveOffsets(source: String, offset: Int, problem: String) {
    do {
      _ = try MessagePattern(parsing: source)
      Issue.record("\(source) parsed")
    } catch {
      #expect(error.offset == offset)
      #expect(error.problem.hasPrefix(problem))
    }
  }
}

@Suite("MessagePattern limits")
struct MessagePatternLimitTests {
  private func nested(_ depth: Int) -> String {
    var message = "x"
    for level in 0..<depth {
      message =
        level.isMultiple(of: 2)
        ? "{a, select, other {\(message)}}" : "{n, plural, one {#} other {\(message)}}"
    }
    return message
  }

  /// Branches nested to the limit parse, bind and format on a test thread's small stack; one
  /// level more is a syntax error, not a crash.
  @Test func nestingToTheLimit() throws {
    let depth = 100
    let yaml = "k: '\(nested(depth))'\n"
    let file = try CatalogFile.parse(yaml, path: "en.yaml", defaultLanguage: Language("en"))
    let catalogs = try Catalogs(files: [file], timeZone: "UTC")
    #expect(
      try catalogs.message("k", locale: Language("en"), arguments: ["a": "q", "n": 2]) == "x")
    #expect(throws: MessageSyntaxError.self) { try MessagePattern(parsing: nested(depth + 1)) }
  }

  /// Parsing is linear in the number of placeholders (4,000 plurals took 28 s when each
  /// placeholder copied the rest of the message).
  @Test func manyPlaceholders() throws {
    let message = String(repeating: "{n, plural, one {a} other {b}} ", count: 4000)
    let pattern = try MessagePattern(parsing: message)
    #expect(pattern.argumentNames == ["n"])
  }
}
