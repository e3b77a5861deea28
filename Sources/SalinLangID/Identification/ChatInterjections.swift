/// Chat interjections (`lol`, `lmao`, `omg`, `wtf`): internet shorthand every language online
/// writes alike, no more a switch into English than laughter (`hahaha`) is.
///
/// Annotated code-switching corpora do not count such "internet-speak" as a switch when the
/// text around it is in one language (Álvarez-Mellado and Lignos, "Borrowing or
/// Codeswitching?", LREC 2022), and Salin's own Taglish labels agree: `Wtf yaman naman` has no
/// English. Between two English words they lie inside the English span, as every word set aside
/// does. Only interjections are here, not abbreviated clauses (`idk`, `btw`, `tbh`), which stand
/// for English words.
enum ChatInterjections {
  /// The interjections, lower-cased.
  static let words: [[UInt32]] = [
    "lol", "lmao", "lmfao", "rofl", "omg", "omfg", "wtf", "wth", "smh",
  ].map { Array($0.unicodeScalars.map(\.value)) }

  /// Whether lower-cased letters are a chat interjection.
  ///
  /// The last letter may be drawn out or not (`lmaooo`, `omggg`). Compared in place: this runs
  /// on every word `identify` weighs.
  static func contains(_ letters: UnsafeBufferPointer<UInt32>) -> Bool {
    guard letters.count >= 3, letters.count <= 12, let last = letters.last else { return false }
    var end = letters.count
    while end > 1 && letters[end - 2] == last { end -= 1 }
    guard end >= 3, end <= 5 else { return false }
    let stem = UnsafeBufferPointer(rebasing: letters[0..<end])
    return words.contains { $0.count == end && $0.first == stem[0] && $0.elementsEqual(stem) }
  }
}
