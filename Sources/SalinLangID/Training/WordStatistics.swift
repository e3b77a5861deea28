import Foundation
internal import SalinICU

/// One language's words as the trainer counts them: word-list mass by rank, running-text counts,
/// each word's letters and the language's letters per script.
struct WordStatistics {
  /// Zipf mass from the word lists, summed over case variants; each list sums to 1.
  var listMass: [UInt64: Double] = [:]
  /// Words a frequency list (`.freq`) holds: their mass is measured.
  var measured: Set<UInt64> = []
  /// Words only a ranked list holds, in a language that has frequency lists.
  var rankedOnly: Set<UInt64> = []
  /// Occurrences in running text.
  var textCounts: [UInt64: Int] = [:]
  var textTotal = 0
  /// Occurrences in lines of running text of at least six words (prose, not labels or names).
  var proseCounts: [UInt64: Int] = [:]
  /// Each word's lower-cased scalar values.
  var letters: [UInt64: [UInt32]] = [:]
  /// The word's script.
  var scriptOf: [UInt64: Int32] = [:]
  /// Letters counted per script.
  var scriptLetters: [Int32: Int] = [:]

  /// Counts a language's material.
  ///
  /// Word lists give each word a mass: frequency lists (`.freq`) its measured share of running
  /// text (several lists add up, on one scale), a ranked list (`.wordlist`) a Zipf–Mandelbrot mass by rank. When a language has
  /// frequency lists, they decide every word they hold, and a ranked list only adds the words
  /// they lack, at most at their smallest frequency: a frequency list that cuts off at one word
  /// in a million has measured every word it lacks below that, whatever a rank suggests (the
  /// Tagalog web list ranks "deprecated" and "password" as if they were common Tagalog).
  /// - Parameter material: Its running text, ranked word lists and frequency lists.
  init(_ material: TrainingCorpus.Material) {
    let lists = material.wordLists.filter { !$0.isEmpty }
    let frequencyLists = material.frequencyLists.filter { !$0.isEmpty }
    // Frequency lists share one scale (a word's share of running text), so they add up and are
    // normalised together: a list of rare words (SCOWL's at a floor) stays rare.
    var floor = Double.infinity
    let total = frequencyLists.reduce(0.0) { $0 + $1.reduce(0.0) { $0 + $1.frequency } }
    for list in frequencyLists {
      for entry in list {
        let mass = entry.frequency / total
        floor = min(floor, mass)
        addListWord(entry.word, mass: mass)
      }
    }
    let measured = listMass
    self.measured = Set(measured.keys)
    var ranked: [UInt64: Double] = [:]
    for list in lists {
      // Zipf–Mandelbrot: the word of rank r (from 0) has mass 1 / (r + 2.7), normalised per list.
      let total = (0..<list.count).reduce(0.0) { $0 + 1 / (Double($1) + 2.7) }
      for (rank, entry) in list.enumerated() {
        guard let word = Self.listWord(entry) else { continue }
        record(word.word, word.letters)
        ranked[word.word.hash, default: 0] += 1 / (Double(rank) + 2.7) / total / Double(lists.count)
      }
    }
    for (hash, mass) in ranked where measured[hash] == nil {
      listMass[hash] = frequencyLists.isEmpty ? mass : min(mass, floor)
      if !frequencyLists.isEmpty { rankedOnly.insert(hash) }
    }
    for line in material.lines {
      let scanned = WordScanner.scan(line)
      for word in scanned.words {
        record(word, scanned.letters)
        textCounts[word.hash, default: 0] += 1
        textTotal += 1
        if scanned.words.count >= 6 { proseCounts[word.hash, default: 0] += 1 }
      }
    }
  }

  /// Adds list mass to a word written as one word (case variants add up).
  private mutating func addListWord(_ entry: String, mass: Double) {
    guard let word = Self.listWord(entry) else { return }
    record(word.word, word.letters)
    listMass[word.word.hash, default: 0] += mass
  }

  /// A list entry as one scanned word, or `nil` if it is not exactly one word.
  private static func listWord(_ entry: String) -> (word: ScannedWord, letters: [UInt32])? {
    let trimmed = entry.trimmingCharacters(in: .whitespaces)
    let scanned = WordScanner.scan(trimmed)
    guard scanned.words.count == 1, let word = scanned.words.first,
      word.utf8Range == 0..<trimmed.utf8.count
    else { return nil }
    return (word, scanned.letters)
  }

  private mutating func record(_ word: ScannedWord, _ buffer: [UInt32]) {
    if letters[word.hash] == nil {
      letters[word.hash] = Array(buffer[word.letters])
      scriptOf[word.hash] = word.script
    }
    scriptLetters[word.script, default: 0] += word.letters.count
  }

  /// Word-list log-probabilities alone, for every listed word.
  func listLogProbabilities() -> [UInt64: Double] { listMass.mapValues { log($0) } }

  /// The share of prose words (in some scripts) that are not among some listed words, or `nil`
  /// without prose.
  func unlistedShare(top: Set<UInt64>, scripts: Set<Int32>) -> Double? {
    var total = 0
    var unlisted = 0
    for (hash, count) in proseCounts where scripts.contains(scriptOf[hash] ?? -1) {
      total += count
      if !top.contains(hash) { unlisted += count }
    }
    return total > 0 ? (Double(unlisted) + 1) / (Double(total) + 2) : nil
  }

  /// The scripts that hold at least a share of the language's letters.
  func scripts(minimumShare: Double) -> Set<Int32> {
    let total = Double(scriptLetters.values.reduce(0, +))
    return Set(scriptLetters.filter { Double($0.value) >= minimumShare * total }.keys)
  }

  /// Natural-log word probabilities for the words in some scripts: word-list mass mixed with
  /// running-text frequency.
  func logProbabilities(scripts: Set<Int32>, textWeight: Double) -> [UInt64: Double] {
    let hasList = !listMass.isEmpty
    let hasText = textTotal > 0
    // Measured frequencies need no help from a small corpus, whose topic skews it (Firefox's
    // strings say "password" more than Tagalog does).
    let listShare = hasList ? (hasText && measured.isEmpty ? 1 - textWeight : 1) : 0
    let textShare = hasText ? 1 - listShare : 0
    var result: [UInt64: Double] = [:]
    for (hash, script) in scriptOf where scripts.contains(script) {
      let p =
        listShare * (listMass[hash] ?? 0)
        + textShare * Double(textCounts[hash] ?? 0) / Double(max(1, textTotal))
      if p > 0 { result[hash] = log(p) }
    }
    return result
  }
}

/// Counts character n-grams of padded words and turns them into conditional log-probabilities.
struct NgramCounter {
  let maxOrder: Int
  /// For each n-gram: its count and the hash of its context (its first n-1 characters).
  private var counts: [UInt64: (count: Int, context: UInt64, order: Int)] = [:]
  private var contexts: [UInt64: Int] = [:]
  private(set) var total = 0

  init(maxOrder: Int) { self.maxOrder = maxOrder }

  /// Counts a word's n-grams, with a space before and after it.
  mutating func add(_ letters: [UInt32]) {
    let sequence = [0x20] + letters + [0x20]
    for position in 1..<sequence.count {
      total += 1
      for order in 1...min(maxOrder, position + 1) {
        let gram = sequence[(position - order + 1)...position]
        // Hashed from the last scalar back, as the scorer reads them.
        let hash = FeatureHash.hash(gram.reversed())
        let context = order > 1 ? FeatureHash.hash(gram.dropLast().reversed()) : 0
        counts[hash, default: (0, context, order)].count += 1
        if order > 1 { contexts[context, default: 0] += 1 }
      }
    }
  }

  /// `log(count / context count)` (unigrams: `log(count / total)`) for the n-grams seen at least
  /// `minimumCount` times; unigrams are always kept.
  func logProbabilities(minimumCount: Int) -> [(UInt64, Double)] {
    counts.compactMap { hash, entry in
      if entry.order == 1 { return (hash, log(Double(entry.count) / Double(total))) }
      guard entry.count >= minimumCount, let context = contexts[entry.context] else { return nil }
      return (hash, log(Double(entry.count) / Double(context)))
    }.sorted { $0.0 < $1.0 }
  }
}
