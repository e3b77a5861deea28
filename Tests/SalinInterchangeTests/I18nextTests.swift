import Testing

@testable import SalinInterchange

/// i18next's own syntax: converted where a message maps exactly, kept as ICU elsewhere.
@Suite("i18next JSON")
struct I18nextTests {
  @Test func placeholdersAndCountPluralsConvert() {
    #expect(I18next.form(of: "Hello {name}!") == .single("Hello {{name}}!"))
    #expect(I18next.form(of: "{n, number} items") == .single("{{n, number}} items"))
    #expect(
      I18next.form(of: "{count, plural, one {# missile} other {# missiles}}")
        == .plural([("one", "{{count}} missile"), ("other", "{{count}} missiles")]))
    // Not i18next's: kept as ICU.
    #expect(I18next.form(of: "{n, plural, one {# a} other {# b}}") == nil)
    #expect(I18next.form(of: "{count, plural, =0 {none} other {# b}}") == nil)
    #expect(I18next.form(of: "{gender, select, male {he} other {they}}") == nil)
  }

  @Test func readsI18nextSyntaxBackAsICU() {
    let units = I18next.messages([
      TranslationUnit(id: "a.items_one", source: "", target: "{{count}} item"),
      TranslationUnit(id: "a.items_other", source: "", target: "{{count}} items, #1"),
      TranslationUnit(id: "b", source: "", target: "Hi {{name}}, it's {braces}"),
      TranslationUnit(id: "c", source: "", target: "{n, number} as ICU"),
    ])
    #expect(units.map(\.id) == ["a.items", "b", "c"])
    #expect(
      units.map(\.target) == [
        "{count, plural, one {# item} other {# items, '#'1}}", "Hi {name}, it's '{'braces'}'",
        "{n, number} as ICU",
      ])
  }
}
