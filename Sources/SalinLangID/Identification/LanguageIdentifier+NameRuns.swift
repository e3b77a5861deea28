import Foundation

extension LanguageIdentifier {
  /// What a run of capitalised words inside Tagalog prose is.
  enum CapitalRun {
    /// Not in a run of two or more capitals.
    case none
    /// A proper name (`Department of Education`): no evidence either way.
    case name
    /// Title case (`Vote For Leni`, `All The Way`): a slogan, a headline or a split hashtag,
    /// whose words count in full, as in lower case.
    case titleCase
  }

  /// Marks the words of proper-name runs in sentence-case prose: capitalised words one space
  /// apart, with at most two short lower-case words between two of them (`Department of
  /// Education`, `Technological Institute of the Philippines`, `Libingan ng mga Bayani`), when at
  /// least two of the run's capitals are inside a sentence.
  ///
  /// Tagalog news names its offices, hospitals and laws in English (`Bureau of Fire Protection`,
  /// `East Avenue Medical Center`); such a run is a name, not a switch, however English its
  /// words are. A single capitalised word inside a sentence is not a run (`Happy Birthday`
  /// starts a sentence: one capital inside), so it keeps its half weight.
  ///
  /// A run that capitalises one of a language's commonest words after its first word, or as its
  /// first word inside a sentence (`All The Way`, `No To Marcos`, `ang For President`), is title
  /// case, not a name: names write their linking words small (`Department of Education`).
  /// Slogans, headlines and split hashtags (`#NeverAgain`) are written so, and their English is a
  /// switch: their words count in full. So is a run of capitals only (no linking word) in which a
  /// word comes back after another (`Let Leni Speak Let Leni Lead`, `Choose Leni Choose Hope`):
  /// a name does not repeat its words, hashtags and chants do. A word repeated at once is not
  /// enough (`Bong Bong Marcos`: Filipino nicknames double a syllable).
  /// - Parameters:
  ///   - words: The scanned words of a text.
  ///   - common: For each word, whether it is among a candidate's commonest words
  ///     (`commonWords`).
  /// - Returns: For each word, the run it belongs to.
  static func capitalRuns(_ words: [ScannedWord], common: [Bool]) -> [CapitalRun] {
    var inRun = [CapitalRun](repeating: .none, count: words.count)
    func capital(_ w: ScannedWord) -> Bool {
      w.isCapitalized && !w.isAllCaps && cased(w.script) && !w.isTechnical
    }
    func connector(_ w: ScannedWord) -> Bool {
      !w.isCapitalized && !w.isAllCaps && cased(w.script)
        && w.letters.count <= Self.nameConnectorLength
    }
    func joined(_ a: Int, _ b: Int) -> Bool {
      words[b].utf8Range.lowerBound - words[a].utf8Range.upperBound == 1
    }
    var start = 0
    while start < words.count {
      guard capital(words[start]) else {
        start += 1
        continue
      }
      // Extend over capitals, and over up to two connectors followed by a capital.
      var last = start
      var next = start + 1
      while next < words.count && joined(next - 1, next) {
        if capital(words[next]) {
          last = next
          next += 1
          continue
        }
        var k = next
        while k < words.count && k - next < 2 && connector(words[k]) && joined(k - 1, k) { k += 1 }
        guard k > next, k < words.count, joined(k - 1, k), capital(words[k]) else { break }
        last = k
        next = k + 1
      }
      let inner = (start...last).filter { capital(words[$0]) && !words[$0].startsSentence }.count
      let titleCase =
        last > start
        && ((start...last).contains {
          capital(words[$0]) && common[$0] && ($0 > start || !words[$0].startsSentence)
        }
          || ((start...last).allSatisfy { capital(words[$0]) }
            && (start..<last).contains { i in
              i + 2 <= last && ((i + 2)...last).contains { words[$0].hash == words[i].hash }
            }))
      if titleCase {
        for k in start...last { inRun[k] = .titleCase }
      } else if inner >= 2 {
        for k in start...last { inRun[k] = .name }
      }
      start = last + 1
    }
    return inRun
  }

  /// For each word, whether a candidate's list holds it at `commonWordValue` or above (`the`,
  /// `to`, `all`, `sa`): the words a name writes small.
  static func commonWords(_ words: [ScannedWord], plans: [ScriptPlan]) -> [Bool] {
    let width = plans.map(\.positions.count).max() ?? 0
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(width, 1)) { list in
      words.map { word in
        guard word.isCapitalized, let plan = plans.first(where: { $0.script == word.script }),
          plan.scorer.listLogProbabilities(word.hash, into: list)
        else { return false }
        return (0..<plan.positions.count).contains { list[$0] >= commonWordValue }
      }
    }
  }

  /// For each word, whether it is in a run of words in capitals.
  ///
  /// A run is two or more words one space apart, of which at least two are real words: listed at `capitalWordValue` or above by a candidate, or
  /// for a word of five letters or more above a list's noisy tail (`SHUT UP`, `TILL THE END`,
  /// `SPECIAL REPORT`, `VOTE WISELY`), where acronyms (`PNP`, `DZMM`) are not. Words joined by
  /// something else than a space (`VP[USERNAME]`, a placeholder) are no run.
  static func capitalWordRuns(_ words: [ScannedWord], plans: [ScriptPlan], in text: String)
    -> [Bool]
  {
    let width = plans.map(\.positions.count).max() ?? 0
    let real: [Bool] = withUnsafeTemporaryAllocation(of: Double.self, capacity: max(width, 1)) {
      list in
      words.map { word in
        guard word.isAllCaps, let plan = plans.first(where: { $0.script == word.script }),
          plan.scorer.listLogProbabilities(word.hash, into: list)
        else { return false }
        return (0..<plan.positions.count).contains {
          list[$0] >= capitalWordValue(letters: word.letters.count)
        }
      }
    }
    var inRun = [Bool](repeating: false, count: words.count)
    var start = 0
    while start < words.count {
      guard
        words[start].isAllCaps || (words[start].letters.count == 1 && words[start].isCapitalized)
      else {
        start += 1
        continue
      }
      var end = start + 1
      while end < words.count
        && (words[end].isAllCaps || (words[end].letters.count == 1 && words[end].isCapitalized))
        && words[end].utf8Range.lowerBound - words[end - 1].utf8Range.upperBound == 1
        && Self.byte(text, at: words[end - 1].utf8Range.upperBound) == 0x20
      {
        end += 1
      }
      if end - start > 1 && (start..<end).filter({ real[$0] }).count >= 2 {
        for k in start..<end { inRun[k] = true }
      }
      start = end
    }
    return inRun
  }

  /// The UTF-8 byte at an offset of a text.
  static func byte(_ text: String, at offset: Int) -> UInt8 {
    text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
  }

  /// A word at one in a hundred thousand of a language's running text or more: a real word, not
  /// an acronym, when written in capitals.
  static let capitalWordValue = log(1e-5)

  /// The list value a word in capitals needs to be read as a word in a run of capitals: a long
  /// one (`HYPOCRISY`, `WISELY`: rarer words than `THE` or `VOTE`) only needs to be more than
  /// a list's noisy tail (`rareListValue`), since acronyms are short (`PNP`, `DZMM`, `BBM`)
  /// and sit in the Tagalog web list at up to 1e-4.
  static func capitalWordValue(letters: Int) -> Double {
    letters >= capitalWordLength ? rareListValue : capitalWordValue
  }

  /// The fewest letters of a word in capitals that is read as a word on a rare list value.
  static let capitalWordLength = 5

  /// A word at one in a thousand of a language's running text or more (`the`, `for`, `no`, `all`;
  /// Tagalog `sa`, `ang`).
  static let commonWordValue = log(1e-3)

  /// The longest lower-case word that links two capitalised words of a name run (`of`, `the`,
  /// `and`, `ng`, `mga`, `de`).
  static let nameConnectorLength = 3
}
