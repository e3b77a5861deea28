import Foundation

extension LanguageIdentifier {
  /// Each candidate's log-probability for a whole text: the sum of its words' scores, where a
  /// language that borrows (the model's learnt share `b`, ``ModelParameters/borrowing``) may also
  /// have taken a word from another candidate whose list holds it:
  /// `log((1 − b)·P_own(w) + b·P_other(w))`, the other being the best such candidate.
  ///
  /// Why: Tagalog prose carries English terms ("katangian ng software"), so a Tagalog phrase
  /// with one English word should not read as English, while English prose carries no Tagalog
  /// (its learnt share is none), so a Tagalog word in English text still counts in full.
  /// Only in texts of two or more words, only for words the other list holds (a misspelling
  /// or a name is not a borrowed word), and not for words their script decides. A lone word
  /// is judged by itself (borrowing cannot change which language it favours anyway), and
  /// ``foreignSpans(in:mainLanguage:candidates:names:)`` does not borrow: there the borrowed
  /// word is the foreign stretch the caller asks for.
  func totals(of analysis: TextAnalysis) -> [Double] {
    let width = analysis.candidates.count
    let count = analysis.weighed.count
    var totals = [Double](repeating: 0, count: width)
    // Each candidate's learnt share (a log): scratch, not an array per text.
    withUnsafeTemporaryAllocation(of: Double.self, capacity: width) { borrowing in
      for (c, language) in analysis.candidates.enumerated() {
        if let i = model.index(of: language), i < model.parameters.borrowing.count {
          borrowing[c] = Double(model.parameters.borrowing[i])
        } else {
          borrowing[c] = -.infinity
        }
      }
      let borrows = count > 1 && borrowing.contains { $0 > -.infinity }
      for w in 0..<count {
        for c in 0..<width {
          let own = analysis.score(w, c)
          guard borrows, borrowing[c] > -.infinity, !analysis.byScript[w] else {
            totals[c] += own
            continue
          }
          var other = -Double.infinity
          for d in 0..<width where d != c && analysis.inList[w * width + d] {
            other = max(other, analysis.score(w, d))
          }
          // log((1 − b)·P_own + b·P_other), b stored as its log.
          let kept = own + log1p(-exp(borrowing[c]))
          totals[c] += other > -.infinity ? logAddExp(kept, borrowing[c] + other) : kept
        }
      }
    }
    return totals
  }
}
