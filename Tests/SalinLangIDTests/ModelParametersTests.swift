import Foundation
import SalinCore
import Testing

@testable import SalinLangID

@Suite("ModelParameters")
struct ModelParametersTests {
  @Test func theUnlistedWordCapIsStoredNinth() {
    var parameters = ModelParameters()
    parameters.unlistedWordCap = 6
    #expect(parameters.stored == [0.1, 0.1, -1, 20, 2, -11.5, 0, 5, 6])
    #expect(ModelParameters(stored: parameters.stored) == parameters)
  }

  @Test func aFileWithEightParametersHasNoCap() {
    let parameters = ModelParameters(stored: [0.1, 0.1, -1, 20, 2, -11.5, 0, 5])
    #expect(parameters?.unlistedWordCap == .infinity)
    #expect(ModelParameters(stored: [0.1, 0.1, -1]) == nil)
  }

  @Test func theShippedModelCapsUnlistedWordsAtSixNats() {
    #expect(BuiltInModel.model.parameters.unlistedWordCap == 6)
    #expect(BuiltInModel.model.parameters.switchPenalty == 1.5)
  }

  /// "Psychoanalysisology" is in no list: its letters alone would put English forty nats ahead;
  /// capped, it counts six, and the scores of every candidate stay within six nats of the best.
  @Test(arguments: ["psychoanalysisology", "interoperabilitation", "ngunitpagkakaisahan"])
  func anUnlistedWordCountsAtMostTheCap(word: String) {
    let model = BuiltInModel.model
    let scorer = WordScorer(
      model: model, languages: [model.index(of: .english)!, model.index(of: .tagalog)!])
    let letters = word.unicodeScalars.map(\.value)
    var list = [Double](repeating: 0, count: 2)
    var out = [Double](repeating: 0, count: 2)
    let hash = FeatureHash.hash(letters)
    let known = list.withUnsafeMutableBufferPointer { scorer.listLogProbabilities(hash, into: $0) }
    #expect(!known)
    letters.withUnsafeBufferPointer { letters in
      list.withUnsafeMutableBufferPointer { list in
        out.withUnsafeMutableBufferPointer { scorer.score(letters: letters, list: list, into: $0) }
      }
    }
    #expect(abs(out[0] - out[1]) <= 6 + 1e-9)
  }

  /// A Tagalog word beside a long English term no list holds: Tagalog, as in eval pairs such as
  /// "isang <term>"; the term alone is English.
  @Test func aTagalogWordOutweighsAnUnlistedTerm() {
    let identifier = LanguageIdentifier(model: BuiltInModel.model)
    #expect(identifier.identify("interoperabilitation").language == .english)
    #expect(identifier.identify("ngunit interoperabilitation").language == .tagalog)
  }
}
