import SalinCore
import Testing

@Suite("Language tags")
struct LanguageTagTests {
  /// Tags from RFC 5646's appendix A (well-formed examples) and the ones Salin meets.
  @Test(arguments: [
    "en", "tl", "ko", "fil", "EN", "pt-BR", "zh-Hant", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901",
    "sl-rozaj-biske", "es-419", "zh-yue-HK", "en-US-u-ca-gregory", "en-a-bbb-x-a-ccc",
    "x-whatever", "qaa-Qaaa-QM-x-southern", "i-klingon", "zh-min-nan", "en-GB-oed",
    "hy-Latn-IT-arevela",
  ])
  func wellFormed(tag: String) {
    #expect(Language.isWellFormed(tag))
  }

  /// Not the ABNF: POSIX separators, empty subtags, too long, a lone singleton, a digit first,
  /// a region after a variant, spaces, non-ASCII letters.
  @Test(arguments: [
    "", "pt_BR", "en-", "-en", "en--us", "a", "abcdefghi", "en-a", "en-x", "1en", "en-1901-US",
    "en US", "한국어", "ko-KR-", "de-419-DE", "x",
  ])
  func notWellFormed(tag: String) {
    #expect(!Language.isWellFormed(tag))
  }

  @Test func validatingFoldsCaseAndExplains() throws {
    #expect(try Language(validating: "pt-BR") == Language("pt-br"))
    #expect(throws: LanguageTagError(tag: "pt_BR")) { try Language(validating: "pt_BR") }
    #expect(
      LanguageTagError(tag: "pt_BR").description
        == "'pt_BR' is not a BCP 47 language tag (write pt-BR)")
    #expect(
      LanguageTagError(tag: "english please").description
        == "'english please' is not a BCP 47 language tag (such as en, tl, ko or pt-BR)")
  }

  @Test(arguments: [
    ("article.ko.md", false, "ko"), ("docs/notes.tl.txt", false, "tl"),
    ("messages.pt-BR.yml", false, "pt-br"), ("app.pt_BR.po", false, "pt-br"),
    ("tl.yaml", true, "tl"), ("fil.yaml", true, "fil"), ("messages.ko.yml", true, "ko"),
  ])
  func fileNamesDeclare(name: String, allowsBareTag: Bool, tag: String) {
    #expect(Language.declared(byFileName: name, allowsBareTag: allowsBareTag) == Language(tag))
  }

  /// A bare tag is not a document's declaration; words that happen to be well-formed tags
  /// (`draft`, `api`, `foo`) are not declarations either.
  @Test(arguments: [
    ("ko.md", false), ("notes.draft.md", false), ("readme.api.md", false), ("foo.yaml", true),
    ("README.md", false), ("strings.yaml", true), ("a.b_c_d.md", false),
  ])
  func fileNamesThatDeclareNothing(name: String, allowsBareTag: Bool) {
    #expect(Language.declared(byFileName: name, allowsBareTag: allowsBareTag) == nil)
  }

  @Test(arguments: [
    ("pt_BR", "pt-br"), ("de_DE.UTF-8", "de-de"), ("sr_RS@latin", "sr-latn-rs"),
    ("ca_ES@valencia", "ca-es-valencia"), ("de_DE@euro", "de-de"), ("tl", "tl"), (" ko ", "ko"),
  ])
  func gettextLocales(locale: String, tag: String) {
    #expect(Language.fromGettextLocale(locale) == Language(tag))
  }

  @Test func gettextLocalesThatAreNotLanguages() {
    #expect(Language.fromGettextLocale("C") == nil)
    #expect(Language.fromGettextLocale("") == nil)
  }
}
