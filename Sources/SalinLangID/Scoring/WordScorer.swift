import Foundation

/// Scores single words against some candidate languages with a model's word table and
/// character n-grams.
///
/// A word's log-probability in a language mixes the two: `(1 - w) * P_list + w * P_chars`,
/// where `w` is the language's character weight (its share of unlisted words). A word no list
/// knows is scored by its letters alone, so one-word input never meets a zero probability.
/// Word-list values that a language lacks are `-infinity`. A class, so that handing a scorer to
/// each word costs one reference count rather than one per table of the model.
final class WordScorer: Sendable {
  let model: LanguageModel
  /// Model language indices of the candidates, in candidate order.
  let languages: [Int]
  private let step: Double
  private let logListWeights: [Double]
  private let logCharacterWeights: [Double]
  private let backoff: Double
  private let maxOrder: Int
  private let floors: [Double]
  private let unlistedCap: Double

  init(model: LanguageModel, languages: [Int]) {
    self.model = model
    self.languages = languages
    let p = model.parameters
    step = Double(p.quantisationStep)
    logListWeights = languages.map { log(1 - Double(model.characterWeights[$0])) }
    logCharacterWeights = languages.map { log(Double(model.characterWeights[$0])) }
    backoff = Double(p.backoffPenalty)
    maxOrder = min(8, max(1, Int(p.maxOrder)))
    floors = languages.map { Double(model.characterFloors[$0]) }
    unlistedCap = Double(p.unlistedWordCap)
  }

  /// The word-list log-probabilities of a word, `-infinity` where a language's list lacks it.
  /// - Returns: Whether any candidate's list has the word.
  func listLogProbabilities(_ hash: UInt64, into out: UnsafeMutableBufferPointer<Double>) -> Bool {
    guard let slot = model.words.slot(of: hash) else {
      for i in 0..<languages.count { out[i] = -.infinity }
      return false
    }
    var any = false
    for i in 0..<languages.count {
      let q = model.words.value(at: slot, language: languages[i])
      if q == FeatureTable.absent {
        out[i] = -.infinity
      } else {
        out[i] = -Double(q) * step
        any = true
      }
    }
    return any
  }

  /// Scores a word: one log-probability per candidate.
  /// - Parameters:
  ///   - letters: The word's lower-cased scalar values.
  ///   - list: Its word-list log-probabilities, from ``listLogProbabilities(_:into:)``.
  ///   - out: Receives one value per candidate.
  func score(
    letters: UnsafeBufferPointer<UInt32>, list: UnsafeMutableBufferPointer<Double>,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    // A word every list knows, with a clear preference, needs no character model.
    var low = Double.infinity
    var high = -Double.infinity
    for i in 0..<languages.count {
      low = min(low, list[i])
      high = max(high, list[i])
    }
    if low > -.infinity && high - low >= 0.5 {
      for i in 0..<languages.count { out[i] = logListWeights[i] + list[i] }
      return
    }
    characterLogProbabilities(letters, into: out)
    var top = -Double.infinity
    for i in 0..<languages.count {
      let chars = logCharacterWeights[i] + out[i]
      out[i] = list[i] > -.infinity ? logAddExp(logListWeights[i] + list[i], chars) : chars
      top = max(top, out[i])
    }
    // A word no list holds is judged by its letters alone; bound how far they can count.
    if high == -.infinity && unlistedCap.isFinite {
      for i in 0..<languages.count { out[i] = max(out[i], top - unlistedCap) }
    }
  }

  /// The character n-gram log-probability of a word, padded with a space at both ends, under
  /// each candidate: stupid backoff from the longest stored n-gram.
  func characterLogProbabilities(
    _ letters: UnsafeBufferPointer<UInt32>, into out: UnsafeMutableBufferPointer<Double>
  ) {
    let count = languages.count
    for i in 0..<count { out[i] = 0 }
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: letters.count + 2) { sequence in
      sequence[0] = 0x20
      for i in 0..<letters.count { sequence[i + 1] = letters[i] }
      sequence[letters.count + 1] = 0x20
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: maxOrder + 1) { hashes in
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { resolved in
          for position in 1..<sequence.count {
            let top = min(maxOrder, position + 1)
            // N-grams are hashed from their last scalar back to their first, so the n-grams
            // ending here are one hash extended leftwards.
            var h = FeatureHash.seed
            for order in 1...top {
              h = FeatureHash.combine(h, sequence[position - order + 1])
              hashes[order] = FeatureHash.finish(h)
            }
            for i in 0..<count { resolved[i] = false }
            var left = count
            var order = top
            while order >= 1 && left > 0 {
              if let slot = model.ngrams.slot(of: hashes[order]) {
                for i in 0..<count where !resolved[i] {
                  let q = model.ngrams.value(at: slot, language: languages[i])
                  if q != FeatureTable.absent {
                    out[i] += -Double(q) * step + backoff * Double(top - order)
                    resolved[i] = true
                    left -= 1
                  }
                }
              }
              order -= 1
            }
            if left > 0 {
              for i in 0..<count where !resolved[i] { out[i] += floors[i] + backoff * Double(top) }
            }
          }
        }
      }
    }
  }
}

/// `log(exp(a) + exp(b))` without overflow.
@inline(__always)
func logAddExp(_ a: Double, _ b: Double) -> Double {
  let high = max(a, b)
  return high + log1p(exp(min(a, b) - high))
}
