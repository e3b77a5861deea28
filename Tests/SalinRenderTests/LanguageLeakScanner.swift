import SalinCore
import SalinRender

/// Scans a rendering for words in the wrong language, trusting the output rather than the catalog.
///
/// The text is tokenized into runs of letters. Allowed before scanning: every proper name the
/// briefing declares (entity names in every locale, sources, declaration names) and every span
/// whose provenance is an entity (a person with their title) — removed as whole phrases — plus
/// spans marked as declared fallbacks. Korean fails on any remaining word with a Latin letter
/// unless it is all capitals (an acronym: WMD, DMZ); Tagalog fails on any English function word.
struct LanguageLeakScanner {
  /// English function words; none is also a Tagalog word (so not "at", "may", "na").
  static let englishFunctionWords: Set<String> = [
    "a", "about", "after", "also", "an", "and", "are", "as", "be", "been", "before", "between",
    "both", "but", "by", "for", "from", "had", "has", "have", "his", "her", "in", "into", "is",
    "its", "of", "on", "or", "our", "over", "that", "the", "their", "these", "they", "this",
    "those", "to", "was", "were", "which", "who", "will", "with", "would",
  ]

  let allowedPhrases: [String]

  init(briefing: Briefing, document: RenderedDocument) {
    var phrases = Set(briefing.properNames)
    for span in document.spans {
      if case .entity = span.provenance.origin { phrases.insert(span.text) }
    }
    allowedPhrases = phrases.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
  }

  /// The words that should not be in a rendering of `document.locale`.
  func leaks(in document: RenderedDocument) -> [String] {
    var text = ""
    for block in document.blocks {
      text += block.spans.filter { !$0.provenance.isFallback }.map(\.text).joined() + "\n"
    }
    for phrase in allowedPhrases { text = text.replacingOccurrences(of: phrase, with: " ") }
    let words = Self.words(in: text)
    switch document.locale {
    case .korean:
      return words.filter { word in
        word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
          && !(word.count >= 2 && word.allSatisfy { $0.isUppercase })
      }
    case .tagalog:
      return words.filter { Self.englishFunctionWords.contains($0.lowercased()) }
    default:
      return []
    }
  }

  static func words(in text: String) -> [String] {
    text.split { !$0.isLetter }.map(String.init)
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
