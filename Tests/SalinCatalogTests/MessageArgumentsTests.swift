import SalinCatalog
import SalinCore
import Testing

/// The built-in catalogs, loaded once for every test in this file.
private let builtIn: Catalogs = {
  do { return try Catalogs.load(directories: [], includeBuiltIn: true) } catch {
    fatalError("built-in catalogs do not load: \(error)")
  }
}()

/// Arguments given as a list format a message exactly as the same arguments in a dictionary.
@Suite("MessageArguments")
struct MessageArgumentsTests {
  @Test(arguments: [
    ("en", "the fifth Extended Deterrence Strategy and Consultation Group meeting"),
    ("tl", "ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group"),
    ("ko", "제5차 확장억제전략협의체 회의"),
  ])
  func listFormatsAsDictionary(tag: String, expected: String) throws {
    let language = Language(tag)
    let series = try builtIn.message("org.edscg", locale: language)
    var list = MessageArguments(capacity: 2)
    list.append(.string(series), named: "series")
    list.append(5, named: "n")
    #expect(list.count == 2)
    #expect(try builtIn.message("meeting.title", locale: language, argumentList: list) == expected)
    #expect(
      try builtIn.message(
        "meeting.title", locale: language, arguments: ["n": 5, "series": .string(series)])
        == expected)
  }

  @Test func firstOfARepeatedNameWins() throws {
    var list = MessageArguments(capacity: 2)
    list.append(5, named: "n")
    list.append(6, named: "n")
    #expect(
      try builtIn.message("meeting.session", locale: .english, argumentList: list)
        == "the fifth meeting")
  }

  @Test func missingArgumentIsAnError() {
    #expect(throws: CatalogError.self) {
      try builtIn.message(
        "meeting.session", locale: .english, argumentList: MessageArguments(capacity: 0))
    }
  }

  @Test func labelNeedsNoArguments() throws {
    #expect(
      try builtIn.message(
        "label.details", locale: .tagalog, argumentList: MessageArguments(capacity: 0))
        == "Mga Detalye")
  }
}
