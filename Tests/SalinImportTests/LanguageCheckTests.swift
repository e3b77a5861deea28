import SalinCore
import SalinDocuments
import SalinImport
import SalinLangID
import SalinResources
import Testing

/// With a language identifier, prose that reads as another language than `--lang` is reported
/// (and still imported as `--lang`); the seed's prose raises nothing.
@Suite("ArticleImporter language check")
struct LanguageCheckTests {
  static let identifier: LanguageIdentifier? = try? LanguageIdentifier(
    model: LanguageModel(contentsOf: BuiltInLocales.languageModel))

  static func importer() throws -> ArticleImporter {
    let loaded: LanguageIdentifier = try #require(identifier)
    return ArticleImporter(catalogs: ImportFixtures.catalogs, identifier: loaded)
  }

  @Test(arguments: [
    (
      Language.english,
      """
      The two nations met today in the capital.
      Nagpulong ang dalawang bansa sa kabisera ngayong araw.
      Both sides agreed to meet again next year.
      """,
      ["2:1: text reads as tl (100%), imported as en: check --lang, or lint the article"]
    ),
    (
      Language.korean,
      """
      한미 양국이 워싱턴에서 회의를 열었다.
      The two delegations discussed missile defense and cybersecurity.
      """,
      ["2:1: text reads as en (100%), imported as ko: check --lang, or lint the article"]
    ),
  ])
  func proseInAnotherLanguageIsReported(language: Language, article: String, notices: [String])
    throws
  {
    let document = try DocumentReader.read(bytes: Array(article.utf8), path: "mixed.txt")
    let result = try Self.importer().importArticle(document, language: language)
    #expect(result.notices.map(\.description) == notices)
    #expect(result.briefing.textUnits.allSatisfy { $0.languages == [language] })
  }

  @Test func theSeedRaisesNothing() throws {
    let result = try Self.importer().importArticle(
      atPath: ImportFixtures.seedPath, language: .english)
    #expect(result.notices.isEmpty)
  }
}
