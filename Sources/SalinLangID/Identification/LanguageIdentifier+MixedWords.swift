import Foundation
public import SalinCore

extension LanguageIdentifier {
  /// Finds the words of a text that carry the main language's affixes on another candidate's
  /// root (Tagalog `nagshopping`, `na-adjourn`, `iautofill`, `ineengage`).
  ///
  /// A word qualifies when it is not a common word of the main language (its list gives it less
  /// than one in 100,000), is not itself a word of the root's language, and splits into affixes
  /// of the main language (with the root's first syllable possibly repeated) and a root of at
  /// least four letters (shorter ones are too often a Tagalog word's tail: `ka-way`, `na-na-kit`) that the other language uses at least once in thirty million words and that
  /// is its word by origin (``ScriptPlan/originMargin``).
  /// - Parameters:
  ///   - text: A paragraph.
  ///   - mainLanguage: The language whose affixes to look for; languages without affixes in
  ///     Salin's grammar data have no mixed words.
  ///   - candidates: The languages a root may be in (with the main one); `nil` for all.
  /// - Returns: The mixed words in order.
  public func mixedWords(
    in text: String, mainLanguage: Language, candidates: Set<Language>? = nil
  ) -> [MixedWordMatch] {
    guard let affixes = Affixes.prefixes[mainLanguage.tag], let main = model.index(of: mainLanguage)
    else { return [] }
    let lenders = model.languages.indices.filter {
      $0 != main && (candidates?.contains(model.languages[$0]) ?? true)
        && !model.scripts[$0].isDisjoint(with: model.scripts[main])
    }
    guard !lenders.isEmpty else { return [] }
    let scanned = WordScanner.scan(text)
    let scorer = WordScorer(model: model, languages: [main] + lenders)
    var result: [MixedWordMatch] = []
    for word in scanned.words
    where word.letters.count >= 4 && !word.isTechnical && !word.hasInnerCapital
      && !word.touchesDigit
    {
      let letters = Array(scanned.letters[word.letters])
      // Laughter (`hahahah`) is no word, mixed or not.
      if letters.withUnsafeBufferPointer({ Self.isLaughter($0) }) { continue }
      guard
        let (root, lender) = mixedRoot(letters, hash: word.hash, scorer: scorer, affixes: affixes)
      else { continue }
      result.append(
        MixedWordMatch(
          utf8Range: word.utf8Range, scalarRange: word.scalarRange,
          text: TextAnalysis.slice(text, word.utf8Range),
          root: String(String.UnicodeScalarView(root.compactMap(Unicode.Scalar.init))),
          rootLanguage: model.languages[lenders[lender]], language: mainLanguage))
    }
    return result
  }

  /// The least a root's list value may be: about once in thirty million words (`adjourn`,
  /// `autofill`).
  static let rootFloor = log(3e-8)

  /// The root of a mixed word and the index (in the scorer's lenders) of its language.
  func mixedRoot(
    _ letters: [UInt32], hash: UInt64, scorer: WordScorer, affixes: [[UInt32]]
  ) -> (root: ArraySlice<UInt32>, lender: Int)? {
    let width = scorer.languages.count
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: width) { list in
      _ = scorer.listLogProbabilities(hash, into: list)
      // A common word of the main language, or a word of another language as it stands.
      if list[0] >= log(1e-5) { return nil }
      for j in 1..<width where list[j] >= Self.establishedFloor && list[j] >= list[0] {
        return nil
      }
      let hyphen = WordScanner.hyphen
      for split in 1..<max(1, letters.count - 2) {
        var prefix = letters[0..<split]
        let root = letters[split...]
        guard root.first != hyphen, !root.contains(hyphen), root.count >= 4 else { continue }
        if prefix.last == hyphen { prefix = prefix.dropLast() }
        guard !prefix.isEmpty, !prefix.contains(hyphen) else { continue }
        guard Affixes.matches(prefix, root: root, affixes: affixes) else { continue }
        _ = scorer.listLogProbabilities(FeatureHash.hash(root), into: list)
        var best = 0
        for j in 1..<width where list[j] > (best == 0 ? -.infinity : list[best]) { best = j }
        // A short root matches by chance (`pa-na-tiko`, `ma-nira`): under six letters it must be
        // ten times as common.
        let floor = root.count >= 6 ? Self.rootFloor : Self.rootFloor + log(10.0)
        guard best > 0, list[best] >= floor,
          list[best] + ScriptPlan.originMargin > list[0]
        else { continue }
        return (root, best - 1)
      }
      return nil
    }
  }
}
