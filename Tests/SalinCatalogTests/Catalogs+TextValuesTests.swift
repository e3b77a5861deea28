import SalinCatalog
import SalinCore
import Testing

/// Messages from arguments as a command line writes them (`salin message --arg name=value`).
@Suite("Catalogs text values")
struct CatalogsTextValuesTests {
  static let catalogs = Result { try Catalogs.load() }

  /// Values are read by their shape: a date, a number.
  @Test func valuesAreReadByTheirShape() throws {
    let catalogs = try Self.catalogs.get()
    #expect(
      try catalogs.message("date.month-year", locale: .korean, typedValues: ["d": ["2023-04-26"]])
        == "2023년 4월")
    #expect(
      try catalogs.message("meeting.session", locale: .korean, typedValues: ["n": ["5"]])
        == "제5차 회의")
  }

  /// One value for a name the message formats as a list is a one-item list: Tagalog says
  /// "ni" for one leader, not "nina".
  @Test func aListNameGivenOnceIsAList() throws {
    let text = try Self.catalogs.get().message(
      "delegation.led-by", locale: .tagalog,
      typedValues: ["country": ["US"], "leaders": ["Bonnie Jenkins"]])
    #expect(text == "ang delegasyon ng Estados Unidos, na pinangunahan ni Bonnie Jenkins")
  }

  /// A key no locale defines names the key it was probably meant to be; one that only this
  /// locale lacks is a missing message.
  @Test func unknownKeysSuggestTheKeyTheyMeant() throws {
    let catalogs = try Self.catalogs.get()
    #expect(
      throws: CatalogError.unknownKey(
        "meeting.sesion", language: .tagalog, suggestion: "meeting.session")
    ) {
      try catalogs.message("meeting.sesion", locale: .tagalog, typedValues: ["n": ["5"]])
    }
    #expect(
      throws: CatalogError.unknownKey("weather.forecast", language: .tagalog, suggestion: nil)
    ) {
      try catalogs.message("weather.forecast", locale: .tagalog, typedValues: [:])
    }
    #expect(throws: CatalogError.missingMessage(key: "label.details", language: Language("fr"))) {
      try catalogs.message("label.details", locale: Language("fr"), typedValues: [:])
    }
  }
}
