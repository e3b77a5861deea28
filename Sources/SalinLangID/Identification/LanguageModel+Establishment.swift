import Foundation

extension LanguageModel {
  /// How much each language's lists hold of each other language's commonest words.
  ///
  /// As a log ratio: for host `h` and lender `l`, the median of `log P_h(w) − log P_l(w)` over the
  /// lender's 200 most probable words that the host's list also holds. That is the rate at which
  /// the host's running text switches into the lender: Tagalog web text carries English's
  /// commonest words ("the", "of") at about 1/40 of English's rate, English text carries
  /// Tagalog's ("ang", "mga") at about 1/5,000.
  /// - Returns: `L × L` values in nats, `[host][lender]`; `-infinity` on the diagonal and where
  ///   two lists share no word.
  func switchingBackground() -> [[Double]] {
    let count = languages.count
    let step = Double(parameters.quantisationStep)
    let top = 200
    // Two passes over the table, no sort of it: values are bytes, so a histogram of the
    // lender's values per pair finds the byte below which its `top` commonest shared words lie
    // (making an identifier stays a few milliseconds).
    var histogram = [Int](repeating: 0, count: count * count * 256)
    words.values.withUnsafeBufferPointer { values in
      for slot in 0..<words.capacity where words.keys[slot] != 0 {
        let base = slot * count
        for lender in 0..<count where values[base + lender] != FeatureTable.absent {
          for host in 0..<count where host != lender && values[base + host] != FeatureTable.absent {
            histogram[(lender * count + host) * 256 + Int(values[base + lender])] += 1
          }
        }
      }
    }
    var cutoff = [Int](repeating: -1, count: count * count)
    for pair in 0..<(count * count) {
      var seen = 0
      for q in 0..<256 {
        seen += histogram[pair * 256 + q]
        if seen >= top {
          cutoff[pair] = q
          break
        }
      }
      if cutoff[pair] < 0 && seen > 0 { cutoff[pair] = 255 }
    }
    var pairs = [[(lender: UInt8, host: UInt8)]](repeating: [], count: count * count)
    words.values.withUnsafeBufferPointer { values in
      for slot in 0..<words.capacity where words.keys[slot] != 0 {
        let base = slot * count
        for lender in 0..<count where values[base + lender] != FeatureTable.absent {
          for host in 0..<count where host != lender && values[base + host] != FeatureTable.absent {
            let pair = lender * count + host
            if Int(values[base + lender]) <= cutoff[pair] {
              pairs[pair].append((values[base + lender], values[base + host]))
            }
          }
        }
      }
    }
    var result = [[Double]](
      repeating: [Double](repeating: -.infinity, count: count), count: count)
    for lender in 0..<count {
      for host in 0..<count where host != lender && !pairs[lender * count + host].isEmpty {
        // Quantised values: smaller is more probable; ties broken by the host's value.
        let sorted = pairs[lender * count + host].sorted {
          $0.lender < $1.lender || ($0.lender == $1.lender && $0.host < $1.host)
        }
        let ratios = sorted.prefix(top).map { (Double($0.lender) - Double($0.host)) * step }
          .sorted()
        result[host][lender] = ratios[ratios.count / 2]
      }
    }
    return result
  }
}

extension LanguageIdentifier {
  /// The least a host's list value may be for the word to be established there: once in a
  /// million words of running text.
  static let establishedFloor = log(1e-6)

  /// How far above the switching background (``LanguageModel/switchingBackground()``) a host must
  /// use a lender's word for it to be established: ten times.
  static let establishedLead = log(10.0)

  /// Whether a word of another language is established in a host language.
  ///
  /// It is when the host's own running text uses it at least once in a million words and at least
  /// ten times as often, relative to the lender, as it uses the lender's commonest words. "video",
  /// "basketball" and "recipe" are established in Tagalog; "the" and "learners" are not; "pa" and
  /// "ate" are English words too.
  /// - Parameters:
  ///   - host: The host's word-list log-probability.
  ///   - lender: The lender's word-list log-probability.
  ///   - background: The host's switching background for the lender.
  /// - Returns: Whether the word is an established loanword of the host.
  static func isEstablished(host: Double, lender: Double, background: Double) -> Bool {
    guard host >= establishedFloor, background > -.infinity else { return false }
    return host - lender >= background + establishedLead
  }
}
