internal import SalinCore
internal import SalinICU

extension LanguageModel {
  /// The first field outside what the scorer works with, described for an error message; `nil`
  /// for a model every identification can use.
  ///
  /// A model file with a valid checksum can still hold a NaN parameter (the scorer trapped turning
  /// it into an n-gram order), a language twice (a dictionary keyed by tag trapped), or a table
  /// with no empty slot (a lookup of an unknown feature probed forever).
  var problem: String? {
    if languages.isEmpty { return "it has no languages" }
    for (index, language) in languages.enumerated() {
      guard Language.isWellFormed(language.tag) else {
        return "language \(index + 1) has the tag '\(DisplayText.quoted(language.tag))'"
      }
      if index > 0, !(languages[index - 1].tag < language.tag) {
        return "its languages are not in order or not unique ('\(languages[index - 1].tag)' "
          + "then '\(language.tag)')"
      }
      if let code = scripts[index].first(where: { !ICUScriptCode(rawValue: $0).isKnown }) {
        return "\(language.tag) has the unknown script code \(code)"
      }
      guard characterFloors[index].isFinite, characterFloors[index] <= 0 else {
        return "\(language.tag) has the character floor \(characterFloors[index]) "
          + "(a log-probability: at most 0)"
      }
      guard characterWeights[index].isFinite, (0...1).contains(characterWeights[index]) else {
        return "\(language.tag) has the character weight \(characterWeights[index]) "
          + "(a probability: 0 to 1)"
      }
    }
    if let problem = parameters.problem { return problem }
    for (name, table) in [("word", words), ("n-gram", ngrams)] where !table.keys.contains(0) {
      return "its \(name) table has no empty slot"
    }
    return nil
  }
}

extension ModelParameters {
  /// The first stored constant outside its range, described; `nil` if all are usable.
  var problem: String? {
    let checks: [(name: String, value: Float, valid: Bool, expected: String)] = [
      ("quantisation step", quantisationStep, quantisationStep > 0, "more than 0"),
      ("character weight", characterWeight, (0...1).contains(characterWeight), "0 to 1"),
      ("back-off penalty", backoffPenalty, backoffPenalty <= 0, "at most 0"),
      ("foreign-script penalty", foreignScriptPenalty, foreignScriptPenalty >= 0, "at least 0"),
      ("switch penalty", switchPenalty, switchPenalty >= 0, "at least 0"),
      ("name log-probability", nameLogProbability, nameLogProbability <= 0, "at most 0"),
      ("shared-word margin", sharedWordMargin, sharedWordMargin >= 0, "at least 0"),
      (
        "n-gram order", maxOrder, (1...8).contains(maxOrder) && maxOrder.rounded() == maxOrder,
        "a whole number from 1 to 8"
      ),
    ]
    for check in checks where !(check.value.isFinite && check.valid) {
      return "the \(check.name) is \(check.value) (expected \(check.expected))"
    }
    // No cap is +infinity; NaN compares false with everything, so it fails here too.
    guard unlistedWordCap > 0 else {
      return "the unlisted-word cap is \(unlistedWordCap) (expected more than 0)"
    }
    // A log share: -infinity for a language that borrows nothing.
    if let share = borrowing.first(where: { !($0 <= 0) }) {
      return "a borrowing share is \(share) (expected a log-probability: at most 0)"
    }
    return nil
  }
}
