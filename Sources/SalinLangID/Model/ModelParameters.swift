/// The tunable constants of a model, stored in its header so that a model and the constants it
/// was tuned with travel together.
///
/// All log-probabilities are natural logarithms (nats).
struct ModelParameters: Sendable, Equatable {
  /// Nats per quantisation step: a stored byte `q` means a log-probability of `-q * step`.
  var quantisationStep: Float = 0.1
  /// The probability that a word comes from the character model rather than the word list.
  var characterWeight: Float = 0.1
  /// Nats added for each n-gram order the character model backs off.
  var backoffPenalty: Float = -1.0
  /// Nats a language loses for a word in a script it is not written in.
  var foreignScriptPenalty: Float = 20
  /// Nats it costs to switch language between two words of a paragraph.
  var switchPenalty: Float = 2
  /// A capitalised word whose best word-list log-probability is below this is taken for a name.
  var nameLogProbability: Float = -11.5
  /// Word-list log-ratios between languages smaller than this many nats are no evidence.
  var sharedWordMargin: Float = 0
  /// The longest character n-gram.
  var maxOrder: Float = 5
  /// The most nats one word no candidate's list holds can count against a language: a long unlisted
  /// word's character n-grams overlap and are not independent, so their summed log-ratio overstates
  /// the evidence ("psychoanalysis" would otherwise outweigh any Tagalog word beside it).
  ///
  /// Stored ninth; a file with eight parameters has no cap.
  var unlistedWordCap: Float = .infinity
  /// Per language, in record order: the log of the share of its running text made of words borrowed
  /// from the other languages' lexicons (Tagalog prose is full of English terms: "software",
  /// "website"), `-infinity` for none.
  ///
  /// Learnt from the training prose (see `WordStatistics.borrowingShare`). Stored tenth onwards,
  /// one per language; empty (no borrowing) in files with nine parameters.
  var borrowing: [Float] = []

  /// The parameters in their stored order.
  var stored: [Float] {
    [
      quantisationStep, characterWeight, backoffPenalty, foreignScriptPenalty, switchPenalty,
      nameLogProbability, sharedWordMargin, maxOrder, unlistedWordCap,
    ] + borrowing
  }

  init() {}

  /// Reads parameters in their stored order; a newer file may store more, which are ignored.
  init?(stored: [Float]) {
    guard stored.count >= 8 else { return nil }
    quantisationStep = stored[0]
    characterWeight = stored[1]
    backoffPenalty = stored[2]
    foreignScriptPenalty = stored[3]
    switchPenalty = stored[4]
    nameLogProbability = stored[5]
    sharedWordMargin = stored[6]
    maxOrder = stored[7]
    if stored.count > 8 { unlistedWordCap = stored[8] }
    if stored.count > 9 { borrowing = Array(stored[9...]) }
  }
}
