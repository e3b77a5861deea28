import SalinCatalog
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
    ("{n, nombre}", 4, "unknown argument type 'nombre'"),
    ("{, number}", 1, "expected an argument name after '{'"),
    ("{xs, list, both}", 10, "unknown list style 'both' (and, or, unit, names)"),
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
