import SalinCore
import SalinLangID

/// Reads the prose the importer kept as the article's language and flags what reads as another.
///
/// `--lang` is the user's word, so nothing is changed: a leaked Tagalog sentence in an English
/// article stays an English text unit, but the user hears about it. Only texts of at least
/// `minimumWords` words answered with `minimumConfidence` are flagged: a short line of names or
/// numbers is not evidence.
struct LanguageCheck {
  let identifier: LanguageIdentifier
  let language: Language
  /// The languages an answer may name: the model's and the article's.
  let candidates: Set<Language>
  static let minimumWords = 4
  static let minimumConfidence = 0.95

  init(identifier: LanguageIdentifier, language: Language) {
    self.identifier = identifier
    self.language = language
    candidates = Set(identifier.model.languages).union([language])
  }

  func notices(for prose: [ArticleText]) -> [ImportNotice] {
    prose.compactMap { text in
      guard text.text.split(whereSeparator: \.isWhitespace).count >= Self.minimumWords else {
        return nil
      }
      let answer = identifier.identify(text.text, candidates: candidates)
      guard let found = answer.language, found != language,
        answer.confidence >= Self.minimumConfidence
      else { return nil }
      return ImportNotice(
        .otherLanguage(found, confidence: answer.confidence, imported: language), at: text.location)
    }
  }
}
