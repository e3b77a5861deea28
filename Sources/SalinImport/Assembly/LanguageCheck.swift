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
  static let minimumWords = 4
  static let minimumConfidence = 0.95

  func notices(for prose: [ArticleText]) -> [ImportNotice] {
    let candidates = Set(identifier.model.languages).union([language])
    return prose.compactMap { text in
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
