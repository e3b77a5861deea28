import Foundation
internal import SalinCore
internal import SalinICU

/// A text's words, with scores for those that carry evidence; shared by `identify` and
/// `foreignSpans`. Scores are one flat array, `width` values per weighed word, so that a
/// sentence costs a handful of allocations rather than a few per word.
struct TextAnalysis {
  var text: String
  var scanned: ScannedText
  /// The candidates the model knows, sorted by tag.
  var candidates: [Language]
  /// The number of candidates.
  var width: Int { candidates.count }
  /// For each weighed word, its index in `scanned.words`.
  var weighed: [Int] = []
  /// For each weighed word, whether script alone decided it.
  var byScript: [Bool] = []
  /// For each weighed word, one log-probability per candidate.
  var scores: [Double] = []
  /// For each weighed word, whether each candidate's word list holds it.
  var inList: [Bool] = []
  /// Indices in `scanned.words` of the words set aside.
  var setAside: [Int] = []

  /// The log-probability of a weighed word under a candidate.
  @inline(__always)
  func score(_ word: Int, _ candidate: Int) -> Double { scores[word * width + candidate] }

  /// The text between two UTF-8 offsets (on scalar boundaries: the scanner's word edges).
  static func slice(_ text: String, _ range: Range<Int>) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return String(text[start..<end])
  }

  /// The evidence over some of the weighed words (and the words set aside among them).
  func evidence(over range: Range<Int>, margin: Double) -> Evidence {
    var hits: [Language: Int] = [:]
    for (c, language) in candidates.enumerated() {
      var n = 0
      for w in range where inList[w * width + c] { n += 1 }
      hits[language] = n
    }
    let basis: Evidence.Basis
    if range.isEmpty {
      basis = .none
    } else if range.allSatisfy({ byScript[$0] }) {
      basis = .script(ICUScriptCode(rawValue: scanned.words[weighed[range.lowerBound]].script).shortName)
    } else {
      basis = .model
    }
    let whole = range.count == weighed.count
    let first = range.isEmpty ? 0 : weighed[range.lowerBound]
    let last = range.isEmpty ? 0 : weighed[range.upperBound - 1]
    let aside = setAside.filter { whole || ($0 > first && $0 < last) }.prefix(20)
    return Evidence(
      basis: basis, wordsWeighed: range.count,
      wordsSetAside: aside.map { TextAnalysis.slice(text, scanned.words[$0].utf8Range) },
      wordListHits: hits, margin: margin)
  }
}

/// The candidates written in one script, and a scorer restricted to them.
struct ScriptPlan: Sendable {
  /// Positions in the candidate list of the languages written in the script.
  var positions: [Int]
  var scorer: WordScorer
}

extension LanguageIdentifier {
  /// The plan for each script any of the model's languages is written in, for the model's
  /// whole candidate list.
  static func plans(model: LanguageModel, candidates: [Int]) -> [Int32: ScriptPlan] {
    var plans: [Int32: ScriptPlan] = [:]
    for script in Set(model.scripts.flatMap { $0 }) {
      let positions = candidates.indices.filter { model.scripts[candidates[$0]].contains(script) }
      plans[script] = ScriptPlan(
        positions: positions,
        scorer: WordScorer(model: model, languages: positions.map { candidates[$0] }))
    }
    return plans
  }

  /// Scans a text, sets names and acronyms aside and scores every other word.
  func analyse(_ text: String, candidates: Set<Language>?, names: Set<String>) -> TextAnalysis {
    let languages: [Language]
    let plans: [Int32: ScriptPlan]
    if let candidates, candidates != allLanguages {
      languages = model.languages.filter { candidates.contains($0) }
      plans = Self.plans(model: model, candidates: languages.compactMap { model.index(of: $0) })
    } else {
      languages = model.languages
      plans = defaultPlans
    }
    var analysis = TextAnalysis(text: text, scanned: WordScanner.scan(text), candidates: languages)
    let words = analysis.scanned.words
    let width = languages.count
    guard width > 0, !words.isEmpty else {
      analysis.setAside = Array(words.indices)
      return analysis
    }
    var isName = [Bool](repeating: false, count: configuredNames.isEmpty && names.isEmpty ? 0 : words.count)
    configuredNames.mark(words, in: &isName)
    if !names.isEmpty { NameList(names).mark(words, in: &isName) }

    var casedCount = 0, capsCount = 0
    for word in words where Self.cased(word.script) {
      casedCount += 1
      if word.isAllCaps { capsCount += 1 }
    }
    let mostlyCaps = capsCount * 2 > casedCount && words.count > 1
    let penalty = Double(model.parameters.foreignScriptPenalty)
    let nameThreshold = Double(model.parameters.nameLogProbability)
    analysis.scores.reserveCapacity(words.count * width)
    analysis.inList.reserveCapacity(words.count * width)

    analysis.scanned.letters.withUnsafeBufferPointer { letters in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * width) { scratch in
        let list = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
        let sub = UnsafeMutableBufferPointer(rebasing: scratch[width..<(2 * width)])
        for (k, word) in words.enumerated() {
          if !isName.isEmpty && isName[k] {
            analysis.setAside.append(k)
            continue
          }
          guard let plan = plans[word.script], !plan.positions.isEmpty else {
            analysis.setAside.append(k)  // A script no candidate is written in.
            continue
          }
          let known = plan.scorer.listLogProbabilities(word.hash, into: list)
          if Self.cased(word.script) {
            var best = -Double.infinity
            for i in 0..<plan.positions.count { best = max(best, list[i]) }
            if word.isAllCaps && (!mostlyCaps || !known) {
              analysis.setAside.append(k)  // An acronym (US, THX), or an unknown word in capitals.
              continue
            }
            if word.isCapitalized && !word.isAllCaps && (!known || best < nameThreshold) {
              analysis.setAside.append(k)  // A name: capitalised, and unknown or known as rare.
              continue
            }
          }
          let base = analysis.scores.count
          analysis.inList.append(contentsOf: repeatElement(false, count: width))
          for (j, position) in plan.positions.enumerated() where list[j] > -.infinity {
            analysis.inList[base + position] = true
          }
          if plan.positions.count == 1 {
            analysis.scores.append(contentsOf: repeatElement(-penalty, count: width))
            analysis.scores[base + plan.positions[0]] = 0
          } else {
            let range = word.letters
            plan.scorer.score(
              letters: UnsafeBufferPointer(rebasing: letters[range]), list: list, into: sub)
            var best = -Double.infinity
            for j in 0..<plan.positions.count { best = max(best, sub[j]) }
            analysis.scores.append(contentsOf: repeatElement(best - penalty, count: width))
            for (j, position) in plan.positions.enumerated() { analysis.scores[base + position] = sub[j] }
          }
          analysis.weighed.append(k)
          analysis.byScript.append(plan.positions.count == 1)
        }
      }
    }
    return analysis
  }

  /// Whether a script has upper and lower case (Latin, Greek, Cyrillic).
  @inline(__always)
  static func cased(_ script: Int32) -> Bool {
    script == ICUScriptCode.latin.rawValue || script == ICUScriptCode.greek.rawValue
      || script == ICUScriptCode.cyrillic.rawValue
  }
}
