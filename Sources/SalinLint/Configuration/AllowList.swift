public import SalinCore
import Foundation

/// Words and phrases a document's language keeps from other languages: established loanwords and
/// titles ("Under Secretary of State" and "cybersecurity" in Tagalog news), plus configured names
/// and acronyms. A foreign span made only of these is not a finding.
///
/// The built-in lists are data (`Resources/allow-<tag>.txt`, one entry a line), extended by the
/// config's `allow:`, `names:` and `acronyms:`.
public struct AllowList: Hashable, Sendable {
  /// Allowed phrases per language, lower-cased.
  public private(set) var phrases: [Language: Set<String>]
  /// Names and acronyms allowed in every language, as written.
  public private(set) var names: Set<String>

  /// Makes a list.
  /// - Parameters:
  ///   - phrases: Allowed phrases per language.
  ///   - names: Names and acronyms allowed everywhere.
  public init(phrases: [Language: Set<String>] = [:], names: Set<String> = []) {
    self.phrases = phrases.mapValues { Set($0.map { $0.lowercased() }) }
    self.names = names
  }

  /// The lists that ship with Salin.
  public static let builtIn: AllowList = {
    var phrases: [Language: Set<String>] = [:]
    for language in [Language.english, .tagalog, .korean] {
      guard let url = Bundle.module.url(forResource: "allow-\(language.tag)", withExtension: "txt"),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      phrases[language] = Set(
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }
    return AllowList(phrases: phrases)
  }()

  /// This list with more entries.
  /// - Parameters:
  ///   - phrases: More phrases per language.
  ///   - names: More names and acronyms.
  /// - Returns: The combined list.
  public func adding(phrases more: [Language: [String]], names moreNames: [String]) -> AllowList {
    var copy = self
    for (language, list) in more {
      copy.phrases[language, default: []].formUnion(list.map { $0.lowercased() })
    }
    copy.names.formUnion(moreNames)
    return copy
  }

  /// Whether a text is made only of allowed phrases, names, acronyms, numbers and punctuation.
  ///
  /// Phrases may overlap ("First Vice Minister" and "Minister of Foreign Affairs" together cover
  /// "First Vice Minister of Foreign Affairs"); every word must be covered by one, or be an acronym.
  /// - Parameters:
  ///   - text: The flagged text.
  ///   - language: The document's language.
  ///   - extraNames: Names known for this document (a briefing's entities).
  /// - Returns: `true` if nothing in the text is evidence of another language.
  public func allows(_ text: String, in language: Language, extraNames: Set<String> = []) -> Bool {
    let words = Self.words(text)
    var covered = words.map { word in
      // Acronyms (DPRK, ROK, WMD) are not evidence of a language.
      word.count >= 2 && word.allSatisfy(\.isUppercase)
    }
    if covered.allSatisfy({ $0 }) { return true }
    let lowered = words.map { $0.lowercased() }
    let phrases = (phrases[language] ?? []).union(names.map { $0.lowercased() })
      .union(extraNames.map { $0.lowercased() })
    for phrase in phrases {
      let phraseWords = Self.words(phrase)
      guard let first = phraseWords.first, phraseWords.count <= lowered.count else { continue }
      for start in 0...(lowered.count - phraseWords.count) where lowered[start] == first {
        if (0..<phraseWords.count).allSatisfy({ lowered[start + $0] == phraseWords[$0] }) {
          for index in start..<(start + phraseWords.count) { covered[index] = true }
        }
      }
    }
    return covered.allSatisfy { $0 }
  }

  /// The runs of letters (and digits, hyphens and apostrophes inside them) of a text.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") })
      .map(String.init).filter { $0.contains(where: \.isLetter) }
  }
}
