import Foundation
import SalinCore
import SalinLangID
import SalinTestSupport
import Testing

/// A tiny corpus written for these tests: enough words to tell English from Tagalog.
enum FixtureCorpus {
  static let files: [String: String] = [
    "en/words.wordlist":
      "the\nof\nand\nto\nin\nis\nmeeting\ndetails\nsources\ndefense\nstate\nminister\n",
    "en/text.txt":
      "The minister of state attended the meeting.\nDetails and sources are in the report.\n",
    "tl/words.wordlist":
      "ang\nng\nsa\nmga\nna\nat\npulong\ndetalye\npinagmumulan\nministro\nestado\n",
    "tl/text.txt":
      "Dumalo ang ministro ng estado sa pulong.\nNasa ulat ang mga detalye at pinagmumulan.\n",
    "ko/words.wordlist": "의\n을\n회의\n정보\n",
    "ko/text.txt": "장관이 회의에 참석했다.\n세부 정보는 보고서에 있다.\n",
  ]

  static func write() throws -> URL {
    let root = try TestSupport.temporaryDirectory()
    // Written in reverse order: the trainer must not depend on the order files appear in.
    for (path, text) in files.sorted(by: { $0.key > $1.key }) {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }
}

@Suite("ModelTrainer")
struct ModelTrainerTests {
  @Test func trainingIsDeterministic() throws {
    let first = try ModelTrainer().train(TrainingCorpus(directory: FixtureCorpus.write()))
    let second = try ModelTrainer().train(TrainingCorpus(directory: FixtureCorpus.write()))
    #expect(first.serialized() == second.serialized())
    #expect(first.languages.map(\.tag) == ["en", "ko", "tl"])
  }

  @Test(arguments: [("pulong", "tl"), ("minister", "en"), ("회의", "ko")])
  func fixtureModelIdentifies(text: String, expected: String) throws {
    let model = try ModelTrainer().train(TrainingCorpus(directory: FixtureCorpus.write()))
    #expect(LanguageIdentifier(model: model).identify(text).language == Language(expected))
  }

  @Test func emptyCorpusIsAnError() throws {
    let root = try TestSupport.temporaryDirectory()
    #expect(throws: LanguageModelError.emptyCorpus(path: root.path)) {
      try TrainingCorpus(directory: root)
    }
  }

  /// A missing corpus folder is named as a path, not called a language model.
  @Test func missingCorpusNamesTheFolder() throws {
    let missing = try TestSupport.temporaryDirectory().appendingPathComponent("no-such-corpus")
    let error = try #require(throws: LanguageModelError.self) {
      try TrainingCorpus(directory: missing)
    }
    guard case .unreadable(let path, _) = error else {
      Issue.record("expected .unreadable, got \(error)")
      return
    }
    #expect(path == missing.path)
    #expect(
      LanguageModelError.unreadable(path: path, reason: "no such file").description
        == "cannot read '\(missing.path)': no such file")
  }

  /// A `.freq` list gives measured frequencies: a word it holds is scored by them, and a word
  /// only a ranked list of the same language holds counts at most as its rarest word.
  @Test func frequencyListsAreMeasuredFrequencies() throws {
    let root = try FixtureCorpus.write()
    // "minister" is frequent English in the ranked list; the Tagalog ranked list gets it too,
    // but only the English frequency list measures it.
    try "ang\t0.05\nng\t0.04\npulong\t0.001\n".write(
      to: root.appendingPathComponent("tl/wordfreq.freq"), atomically: true, encoding: .utf8)
    try "the\t0.05\nminister\t0.001\n".write(
      to: root.appendingPathComponent("en/wordfreq.freq"), atomically: true, encoding: .utf8)
    try "ang\nminister\n".write(
      to: root.appendingPathComponent("tl/web.wordlist"), atomically: true, encoding: .utf8)
    let model = try ModelTrainer().train(TrainingCorpus(directory: root))
    let identifier = LanguageIdentifier(model: model)
    #expect(identifier.identify("minister", candidates: [.english, .tagalog]).language == .english)
    #expect(identifier.identify("pulong", candidates: [.english, .tagalog]).language == .tagalog)
  }

  /// A `.freq` line that is not `word<TAB>positive number` is refused at its line and column.
  @Test(arguments: [("ang\t0.1\nng 0.2\n", 2, 7), ("ang\t-1\n", 1, 4), ("ang\tmany\n", 1, 4)])
  func malformedFrequencyListIsRefusedWithItsPosition(text: String, line: Int, column: Int) throws {
    let root = try FixtureCorpus.write()
    let file = root.appendingPathComponent("tl/bad.freq")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let error = try #require(throws: LanguageModelError.self) {
      try TrainingCorpus(directory: root)
    }
    #expect(error == .malformedFrequency(path: file.path, line: line, column: column))
    #expect(
      error.description.hasPrefix("\(file.path):\(line):\(column): expected 'word<TAB>frequency'"))
  }

  /// Latin-1 text in a corpus is refused at its first bad byte, not trained on as U+FFFD.
  @Test func nonUTF8TrainingTextIsRefusedWithItsPosition() throws {
    let root = try FixtureCorpus.write()
    let file = root.appendingPathComponent("tl/latin1.txt")
    // "Pulong sa Maynila\nPara sa niño" with ñ as the single Latin-1 byte F1.
    try Data(Array("Pulong sa Maynila\nPara sa ni".utf8) + [0xF1, 0x6F, 0x0A]).write(to: file)
    let error = try #require(throws: LanguageModelError.self) {
      try TrainingCorpus(directory: root)
    }
    #expect(error == .invalidUTF8(path: file.path, line: 2, column: 11))
    #expect(
      error.description
        == "\(file.path):2:11: not valid UTF-8; convert the file to UTF-8 (for example with "
        + "iconv) or move it out of the corpus")
  }
}
