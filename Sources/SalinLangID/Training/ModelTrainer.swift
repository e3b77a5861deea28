import Foundation
internal import SalinCore
internal import SalinICU

/// Trains a ``LanguageModel`` from a ``TrainingCorpus``.
///
/// Deterministic: every collection is sorted by language tag, rank or feature hash before it is
/// used, so the same corpus and options give the same bytes.
public struct ModelTrainer: Sendable {
  /// What to keep and the constants stored in the model.
  public struct Options: Sendable, Equatable {
    /// The most words kept per language (the most frequent); rarer words are left to the
    /// character model.
    public var maxWordsPerLanguage = 150_000
    /// The most word types per language the character model is trained on.
    public var maxCharacterTypes = 100_000
    /// Character n-grams (of two or more characters) seen fewer times than this are dropped.
    public var minimumNgramCount = 2
    /// A script is a language's if at least this share of its letters are in it.
    public var scriptShare = 0.05
    /// The weight of running-text counts against word-list ranks in word probabilities.
    public var textWeight = 0.1
    /// The probability that a word is scored by its characters rather than its word list, for
    /// a language without running text; others use their share of unlisted running-text words.
    public var characterWeight: Float = 0.1
    /// Nats it costs to switch language between two words of a paragraph.
    public var switchPenalty: Float = 1.5
    /// Log-ratios between two languages' word lists smaller than this are no evidence.
    public var sharedWordMargin: Float = 0
    /// A word trains a language's character model only if that language's list favours it by at
    /// least this many nats over every other list, which keeps the English words of a Tagalog
    /// web word list out of the Tagalog character model.
    public var ownershipMargin: Double = 0
    /// How much the character model's judgement moves the word-list value of a word several
    /// lists hold: "download" is in the Tagalog list, but it is spelt like English.
    public var spellingWeight: Double = 0.15
    /// Capitalised words rarer than this log-probability in every list are taken for names.
    public var nameLogProbability: Float = -11.5
    /// Nats added per n-gram order the character model backs off.
    public var backoffPenalty: Float = -1.0
    /// The most nats a word no list holds can count against a language (its character
    /// n-grams overlap, so their summed log-ratio overstates the evidence).
    public var unlistedWordCap: Float = 6
    /// Whether to learn from each language's prose how much of it is borrowed from the others
    /// (stored in the model and used when identifying texts of two or more words).
    public var learnsBorrowing = true
    /// The least learnt borrowed share stored as borrowing; below it, none.
    public var minimumBorrowingShare = 0.01

    /// The default options, with which the shipped model is trained.
    public init() {}

    /// Checks that every option is in the range training and the trained model need (a NaN
    /// weight was written into the model, which then could not be loaded).
    /// - Throws: ``LanguageModelError/invalidOption(name:value:expected:)`` for the first one out
    ///   of range, named as `salin train` spells it.
    public func validate() throws(LanguageModelError) {
      let counts: [(String, Int)] = [
        ("max-words", maxWordsPerLanguage), ("max-character-types", maxCharacterTypes),
        ("min-ngram-count", minimumNgramCount),
      ]
      for (name, value) in counts where value < 1 {
        throw .invalidOption(name: name, value: "\(value)", expected: "a whole number from 1")
      }
      let numbers: [(String, Double, Bool, String)] = [
        (
          "character-weight", Double(characterWeight), (0...1).contains(characterWeight),
          "a probability from 0 to 1"
        ),
        ("switch-penalty", Double(switchPenalty), switchPenalty >= 0, "nats, at least 0"),
        ("shared-word-margin", Double(sharedWordMargin), sharedWordMargin >= 0, "nats, at least 0"),
        ("ownership-margin", ownershipMargin, ownershipMargin >= 0, "nats, at least 0"),
        (
          "spelling-weight", spellingWeight, (0...1).contains(spellingWeight),
          "a weight from 0 to 1"
        ),
        (
          "name-log-probability", Double(nameLogProbability), nameLogProbability <= 0,
          "a log-probability, at most 0"
        ),
      ]
      for (name, value, valid, expected) in numbers where !(value.isFinite && valid) {
        throw .invalidOption(name: name, value: "\(value)", expected: expected)
      }
      // +infinity is no cap; NaN fails the comparison.
      guard unlistedWordCap > 0 else {
        throw .invalidOption(
          name: "unlisted-word-cap", value: "\(unlistedWordCap)", expected: "nats, more than 0")
      }
    }
  }

  /// What to keep and the constants stored in the model.
  public var options: Options

  /// Makes a trainer.
  /// - Parameter options: What to keep; the defaults train the shipped model.
  public init(options: Options = Options()) { self.options = options }

  /// Trains a model.
  /// - Parameter corpus: Running text and word lists per language.
  /// - Returns: The model, its languages sorted by tag.
  public func train(_ corpus: TrainingCorpus) -> LanguageModel {
    var parameters = ModelParameters()
    parameters.characterWeight = options.characterWeight
    parameters.switchPenalty = options.switchPenalty
    parameters.sharedWordMargin = options.sharedWordMargin
    parameters.nameLogProbability = options.nameLogProbability
    parameters.backoffPenalty = options.backoffPenalty
    parameters.unlistedWordCap = options.unlistedWordCap
    let step = Double(parameters.quantisationStep)
    let order = Int(parameters.maxOrder)

    let byLanguage = corpus.languages.sorted { $0.key < $1.key }
    let languages = byLanguage.map(\.key)
    let material = byLanguage.map(\.value)
    let stats = material.map { WordStatistics($0) }
    let scripts = stats.map { $0.scripts(minimumShare: options.scriptShare) }
    // Only scripts shared by two or more languages need a model; the others decide by themselves.
    let modelled = Set(scripts.flatMap { $0 }).filter { s in
      scripts.filter { $0.contains(s) }.count > 1
    }
    var lexicons = stats.indices.map { i in
      stats[i].logProbabilities(
        scripts: scripts[i].intersection(modelled), textWeight: options.textWeight)
    }
    // A word only a ranked list holds ("deprecated" in the Tagalog web list, which wordfreq's
    // Filipino frequencies lack) belongs to a language whose frequency list measured it.
    for i in stats.indices {
      for hash in stats[i].rankedOnly
      where stats.indices.contains(where: { $0 != i && stats[$0].measured.contains(hash) }) {
        lexicons[i][hash] = nil
      }
    }
    var adjusted = adjustSharedWords(lexicons, margin: Double(options.sharedWordMargin))
    let owned = adjustSharedWords(lexicons, margin: options.ownershipMargin)

    let weights = stats.indices.map { i in
      stats[i].unlistedShare(
        top: Set(Self.top(stats[i].listLogProbabilities(), options.maxWordsPerLanguage)),
        scripts: scripts[i].intersection(modelled)
      ).map { Float(min(0.5, max(0.02, $0))) } ?? options.characterWeight
    }

    // Character model: each language's own words (those its list favours after adjustment).
    var ngramValues: [UInt64: [UInt8]] = [:]
    var floors: [Float] = []
    for i in languages.indices {
      let types = Self.top(lexicons[i], options.maxCharacterTypes).filter { hash in
        guard let mine = owned[i][hash] else { return false }
        return owned.indices.allSatisfy { $0 == i || (owned[$0][hash] ?? -.infinity) < mine }
      }
      var counter = NgramCounter(maxOrder: order)
      // Every owned type is one of this language's words, so its letters are there.
      for letters in types.sorted().compactMap({ stats[i].letters[$0] }) { counter.add(letters) }
      floors.append(counter.total > 0 ? Float(log(0.5 / Double(counter.total))) : -20)
      for (hash, logP) in counter.logProbabilities(minimumCount: options.minimumNgramCount) {
        ngramValues[hash, default: [UInt8](repeating: FeatureTable.absent, count: languages.count)][
          i] =
          Self.quantise(logP, step: step)
      }
    }
    let ngramEntries = ngramValues.sorted { $0.key < $1.key }.map {
      (hash: $0.key, values: $0.value)
    }
    let ngrams = FeatureTable(width: languages.count, entries: ngramEntries)
    // Word table: each language's most frequent words, with every language's adjusted value.
    // A word several lists hold is moved toward the language it is spelt like.
    let spelling = LanguageModel(
      languages: languages, scripts: scripts, characterFloors: floors,
      characterWeights: weights, parameters: parameters,
      words: FeatureTable(width: languages.count, entries: []), ngrams: ngrams)
    adjusted = adjustBySpelling(adjusted, lexicons: lexicons, stats: stats, model: spelling)
    if options.learnsBorrowing {
      parameters.borrowing = stats.indices.map { i in
        let share = stats[i].borrowingShare(
          index: i, values: adjusted, scripts: scripts[i].intersection(modelled))
        // Below one word in a hundred the fit cannot tell borrowing from the overlap of two
        // measured frequency lists (English UDHR prose fits 0.09% "borrowed" Tagalog, words
        // both lists hold); store that as none, exactly.
        guard let share, share >= options.minimumBorrowingShare else { return -.infinity }
        return Float(log(share))
      }
    }
    var kept: Set<UInt64> = []
    for lexicon in lexicons {
      kept.formUnion(Self.top(lexicon, options.maxWordsPerLanguage))
    }
    let wordEntries = kept.sorted().map { hash in
      (hash: hash, values: adjusted.map { Self.quantise($0[hash], step: step) })
    }
    return LanguageModel(
      languages: languages, scripts: scripts, characterFloors: floors,
      characterWeights: weights, parameters: parameters,
      words: FeatureTable(width: languages.count, entries: wordEntries),
      ngrams: ngrams)
  }

  /// Shrinks the log-ratio between languages for a word several lists hold by `margin` nats,
  /// so that a word frequent in two languages' lists ("October" in the Tagalog web list) is no
  /// evidence for either, while a word far more frequent in one list still is.
  func adjustSharedWords(_ lexicons: [[UInt64: Double]], margin: Double) -> [[UInt64: Double]] {
    var adjusted = lexicons
    for (i, lexicon) in lexicons.enumerated() {
      for (hash, value) in lexicon {
        var best = value
        var shared = false
        for j in lexicons.indices where j != i {
          if let other = lexicons[j][hash] {
            shared = true
            best = max(best, other)
          }
        }
        guard shared else { continue }
        adjusted[i][hash] = best - max(0, best - value - margin)
      }
    }
    return adjusted
  }

  /// Adds `spellingWeight` times each language's character log-probability (relative to the
  /// best) to the list values of words that several lists hold.
  func adjustBySpelling(
    _ adjusted: [[UInt64: Double]], lexicons: [[UInt64: Double]], stats: [WordStatistics],
    model: LanguageModel
  ) -> [[UInt64: Double]] {
    guard options.spellingWeight > 0 else { return adjusted }
    var result = adjusted
    var shared: Set<UInt64> = []
    for i in lexicons.indices {
      for hash in lexicons[i].keys
      where lexicons.indices.contains(where: { $0 != i && lexicons[$0][hash] != nil }) {
        shared.insert(hash)
      }
    }
    for hash in shared.sorted() {
      let holders = lexicons.indices.filter { lexicons[$0][hash] != nil }
      guard let letters = stats[holders[0]].letters[hash] else { continue }
      let scorer = WordScorer(model: model, languages: holders)
      var chars = [Double](repeating: 0, count: holders.count)
      letters.withUnsafeBufferPointer { letters in
        chars.withUnsafeMutableBufferPointer { scorer.characterLogProbabilities(letters, into: $0) }
      }
      let best = chars.max() ?? 0
      // Holders are the languages whose lists hold the word, so each has a value for it.
      for (k, i) in holders.enumerated() {
        guard let value = adjusted[i][hash] else { continue }
        result[i][hash] = value + options.spellingWeight * (chars[k] - best)
      }
    }
    return result
  }

  /// The hashes of a lexicon's `limit` most probable words (ties broken by hash).
  static func top(_ lexicon: [UInt64: Double], _ limit: Int) -> [UInt64] {
    lexicon.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
      .prefix(limit).map(\.key)
  }

  /// A log-probability as a stored byte: `-logP / step`, rounded, at most 254.
  static func quantise(_ logP: Double?, step: Double) -> UInt8 {
    guard let logP else { return FeatureTable.absent }
    return UInt8(min(254, max(0, (-logP / step).rounded())))
  }
}
