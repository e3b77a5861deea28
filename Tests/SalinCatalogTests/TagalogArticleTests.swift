@testable import SalinCatalog
import SalinCore
import Testing

/// The built-in catalogs, loaded once for this file.
private let builtIn: Catalogs = {
  do { return try Catalogs.load(directories: [], includeBuiltIn: true) } catch {
    fatalError("built-in catalogs do not load: \(error)")
  }
}()

@Suite("Tagalog case markers and linker in messages")
struct TagalogArticleTests {
  /// Persons take ni/nina, countries and organisations ng (issue 13: "Kinondena ng Marcos").
  @Test(arguments: [
    ("Marcos", "KP", "Kinondena ni Marcos ang mga pagsubok ng missile ng KP."),
    ("Kim Hong Kyun", "Japan", "Kinondena ni Kim Hong Kyun ang mga pagsubok ng missile ng Japan."),
    (
      "Estados Unidos", "North Korea",
      "Kinondena ng Estados Unidos ang mga pagsubok ng missile ng North Korea."
    ),
    ("EDSCG", "South Korea", "Kinondena ng EDSCG ang mga pagsubok ng missile ng South Korea."),
    (
      "US Department of State", "North Korea",
      "Kinondena ng US Department of State ang mga pagsubok ng missile ng North Korea."
    ),
  ])
  func condemnedBy(party: String, target: String, expected: String) throws {
    let text = try builtIn.message(
      "statement.condemned", locale: .tagalog,
      arguments: ["party": .string(party), "target": .string(target)])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("ang~", ["Marcos"], "si Marcos"), ("ang~", ["Marcos", "Duterte"], "sina Marcos at Duterte"),
    ("sa~", ["Marcos"], "kay Marcos"), ("sa~", ["Japan"], "sa Japan"), ("ng~", ["ROK"], "ng ROK"),
    ("ng~", ["Marcos", "Japan"], "ng Marcos at Japan"),
  ])
  func markers(marker: String, names: [String], expected: String) throws {
    let file = try CatalogFile.parse(
      "locale: tl\nx: '\(marker){names, list}'\n", path: "tl.yaml", defaultLanguage: .tagalog)
    let catalogs = try Catalogs(files: [file])
    #expect(
      try catalogs.message("x", locale: .tagalog, arguments: ["names": .list(names)]) == expected)
  }

  /// `ang {x}~ng pulong` with a name: the name is kept as written (never "Kim Hong Kyung").
  @Test(arguments: [
    ("Kim Hong Kyun", "ang Kim Hong Kyun na pulong"), ("Washington", "ang Washington na pulong"),
    ("Japan", "ang Japan na pulong"), ("bayan", "ang bayang pulong"),
  ])
  func linkerAfterAName(value: String, expected: String) throws {
    let file = try CatalogFile.parse(
      "locale: tl\nx: 'ang {x}~ng pulong'\n", path: "tl.yaml", defaultLanguage: .tagalog)
    let catalogs = try Catalogs(files: [file])
    #expect(
      try catalogs.message("x", locale: .tagalog, arguments: ["x": .string(value)]) == expected)
  }

  /// n = 1 is "una", never "ika-1", so the linker gives "unang pulong".
  @Test(arguments: [(1, "unang pulong"), (2, "ika-2 na pulong"), (11, "ika-11 na pulong")])
  func sessionShort(n: Int, expected: String) throws {
    let text = try builtIn.message(
      "meeting.session-short", locale: .tagalog, arguments: ["n": .number(Double(n))])
    #expect(text == expected)
  }
}
