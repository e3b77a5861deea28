/// The words that mark a personal name in a language's grammar: Tagalog's personal articles
/// `si`, `ni`, `kay` and their plurals `sina`, `nina`, `kina` (`si stephen`, `kay binay`).
///
/// Chat writes names in lower case, where the capital that marks a name elsewhere is missing,
/// and an English given name (`stephen`, `mark`) then read as an English word. What follows such
/// an article is a name (or a kinship word: `si tatay`, `ni kuya`), never a switch.
enum NameMarkers {
  /// The markers by language tag, lower-cased.
  static let byLanguage: [String: [[UInt32]]] = {
    let tagalog = ["si", "ni", "kay", "sina", "nina", "kina"].map {
      Array($0.unicodeScalars.map(\.value))
    }
    return ["tl": tagalog, "fil": tagalog]
  }()

  /// Marks as names the words in lower case that follow a marker after one space.
  static func mark(
    _ words: [ScannedWord], letters: [UInt32], text: String, markers: [[UInt32]],
    in isName: inout [Bool]
  ) {
    guard !markers.isEmpty, words.count > 1 else { return }
    for k in 1..<words.count {
      let word = words[k]
      let marker = words[k - 1]
      guard !word.isCapitalized, LanguageIdentifier.cased(word.script),
        word.utf8Range.lowerBound - marker.utf8Range.upperBound == 1,
        markers.contains(where: { letters[marker.letters].elementsEqual($0) }),
        LanguageIdentifier.byte(text, at: marker.utf8Range.upperBound) == 0x20
      else { continue }
      isName[k] = true
    }
  }
}
