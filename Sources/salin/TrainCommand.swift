import ArgumentParser
import Foundation
import SalinLangID

/// `salin train`: builds a language identification model from a corpus folder.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train the language identifier from a corpus folder.",
    discussion: """
      CORPUS holds one folder per language tag (en, tl, ko, ...) with .txt files of running \
      text and .wordlist files (one word a line, most frequent first). The same corpus and \
      options always give the same bytes. The format is described in docs/langid.md.
      """)

  @Option(help: "The corpus folder: one sub-folder per language tag.")
  var corpus: String

  @Option(name: [.short, .customLong("output")], help: "The model file to write.")
  var output: String

  @Option(help: "The most words kept per language.")
  var maxWords = ModelTrainer.Options().maxWordsPerLanguage

  @Option(help: "The most word types per language the character model learns from.")
  var maxCharacterTypes = ModelTrainer.Options().maxCharacterTypes

  @Option(help: "Drop character n-grams seen fewer times than this.")
  var minNgramCount = ModelTrainer.Options().minimumNgramCount

  @Option(help: "The probability that a word is scored by its characters, not its word list.")
  var characterWeight = ModelTrainer.Options().characterWeight

  @Option(help: "Word-list log-ratios (nats) below this are no evidence for either language.")
  var sharedWordMargin = ModelTrainer.Options().sharedWordMargin

  @Option(help: "Nats a list must favour a word by for it to train that language's n-grams.")
  var ownershipMargin = ModelTrainer.Options().ownershipMargin

  @Option(help: "How far spelling moves the list value of a word several lists hold.")
  var spellingWeight = ModelTrainer.Options().spellingWeight

  @Option(help: "Nats it costs to switch language between two words (spans).")
  var switchPenalty = ModelTrainer.Options().switchPenalty

  @Option(help: "Capitalised words rarer than this log-probability in every list are names.")
  var nameLogProbability = ModelTrainer.Options().nameLogProbability

  @Option(help: "The most nats a word no list holds can count against a language.")
  var unlistedWordCap = ModelTrainer.Options().unlistedWordCap

  func run() throws {
    var options = ModelTrainer.Options()
    options.maxWordsPerLanguage = maxWords
    options.maxCharacterTypes = maxCharacterTypes
    options.minimumNgramCount = minNgramCount
    options.characterWeight = characterWeight
    options.sharedWordMargin = sharedWordMargin
    options.switchPenalty = switchPenalty
    options.ownershipMargin = ownershipMargin
    options.spellingWeight = spellingWeight
    options.nameLogProbability = nameLogProbability
    options.unlistedWordCap = unlistedWordCap
    let clock = ContinuousClock()
    let start = clock.now
    let model: LanguageModel
    do {
      try options.validate()
      let corpus = try TrainingCorpus(directory: URL(fileURLWithPath: corpus))
      model = ModelTrainer(options: options).train(corpus)
      try model.write(to: URL(fileURLWithPath: output))
    } catch {
      StandardError.error("\(error)")
      throw ExitCode(2)
    }
    let bytes = model.serialized()
    let languages = model.languages.map {
      "\($0) (\(model.scripts(of: $0).joined(separator: "+")))"
    }
    let counts = model.featureCounts
    StandardError.line(
      "trained \(languages.joined(separator: ", ")): \(counts.words) words, "
        + "\(counts.ngrams) n-grams, \(bytes.count) bytes in \(clock.now - start) -> \(output)")
  }
}
