import Foundation

extension WordStatistics {
  /// How much of this language's prose is words borrowed from the other languages: the weight
  /// `b` that makes the prose most likely under `(1 − b)·P_own(w) + b·max P_other(w)`, where
  /// `P` are the word-list probabilities the model stores, fitted by expectation–maximisation.
  ///
  /// Maximum likelihood rather than a count of "foreign" words, because the lists overlap: the
  /// Tagalog web list already holds many English words, so only the English that the Tagalog
  /// list explains badly is borrowing. On the shipped corpus this gives Tagalog 2.2% (Firefox's
  /// "website", "software", "password" in Tagalog sentences) and English about 10⁻¹⁰² — English
  /// prose needs no Tagalog — so the asymmetry is learnt, not assumed.
  /// - Parameters:
  ///   - index: This language's index in `values`.
  ///   - values: Every language's word log-probabilities, by word hash.
  ///   - scripts: The scripts the model scores with word lists (a prose word in another script
  ///     is decided by its script and says nothing about borrowing).
  /// - Returns: The weight, or `nil` without prose in those scripts.
  func borrowingShare(index: Int, values: [[UInt64: Double]], scripts: Set<Int32>) -> Double? {
    // One (own, best other, count) triple per prose word some list holds, in hash order so
    // that the sums, and the stored weight, are the same on every run.
    var words: [(own: Double, other: Double, count: Double)] = []
    for (hash, count) in proseCounts.sorted(by: { $0.key < $1.key })
    where scripts.contains(scriptOf[hash] ?? -1) {
      let own = values[index][hash] ?? -.infinity
      var other = -Double.infinity
      for j in values.indices where j != index { other = max(other, values[j][hash] ?? -.infinity) }
      guard own > -.infinity || other > -.infinity else { continue }
      words.append((own, other, Double(count)))
    }
    let total = words.reduce(0) { $0 + $1.count }
    guard total > 0 else { return nil }
    // EM for one mixture weight: the share is the mean posterior that a word was borrowed.
    var share = 0.1
    for _ in 0..<1000 {
      var borrowed = 0.0
      for word in words {
        let own = log(1 - share) + word.own
        let other = log(share) + word.other
        let high = max(own, other)
        borrowed += word.count * exp(other - high) / (exp(own - high) + exp(other - high))
      }
      let next = borrowed / total
      if abs(next - share) < 1e-12 * max(share, 1e-300) || next == 0 {
        share = next
        break
      }
      share = next
    }
    return share
  }
}
