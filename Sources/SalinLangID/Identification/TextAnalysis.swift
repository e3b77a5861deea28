import Foundation
internal import SalinCore
internal import SalinICU

/// A text's words, with scores for those that carry evidence; shared by `identify` and
/// `foreignSpans`.
///
/// Scores are one flat array, `width` values per weighed word, so that a sentence costs a handful
/// of allocations rather than a few per word.
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
  /// For each weighed word, each candidate's word-list log-probability (`-infinity` where its
  /// list lacks the word, and for words their script decides).
  var listValues: [Double] = []
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
    var hits: [(language: Language, count: Int)] = []
    hits.reserveCapacity(width)
    for (c, language) in candidates.enumerated() {
      var n = 0
      for w in range where inList[w * width + c] { n += 1 }
      hits.append((language, n))
    }
    let basis: Evidence.Basis
    if range.isEmpty {
      basis = .none
    } else if range.allSatisfy({ byScript[$0] }) {
      basis = .script(
        ICUScriptCode(rawValue: scanned.words[weighed[range.lowerBound]].script).shortName)
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
      hits: hits, margin: margin)
  }
}

/// The candidates written in one script, and a scorer restricted to them.
final class ScriptPlan: Sendable {
  /// The script (an ICU `UScriptCode` number).
  let script: Int32
  /// Positions in the candidate list of the languages written in the script.
  let positions: [Int]
  let scorer: WordScorer
  /// For each of `positions`, whether that language borrows (the model learnt a share of its
  /// prose taken from the others' lexicons).
  let borrows: [Bool]

  init(script: Int32, positions: [Int], scorer: WordScorer, borrows: [Bool]) {
    self.script = script
    self.positions = positions
    self.scorer = scorer
    self.borrows = borrows
  }

  /// Takes the origin margin off a borrowing language's score for words others' lists hold.
  ///
  /// A language that borrows (Tagalog) uses the lender's words as they are ("video", "time"), so
  /// a word that another candidate's list also holds counts as the borrower's own only by what
  /// it is used beyond ``originMargin``: the borrower's score loses that margin. Tagalog's own words (`ang`, `naman`: used thousands of
  /// times as often as in English) keep their lead; English words Tagalog uses as often as
  /// English does (`video`, `basketball`) read English, as a reader hears them.
  @inline(__always)
  func applyOrigin(
    list: UnsafeMutableBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>
  ) {
    for j in 0..<positions.count where borrows[j] && list[j] > -.infinity {
      var shared = false
      for k in 0..<positions.count where k != j && list[k] > -.infinity { shared = true }
      if shared { scores[j] -= Self.originMargin }
    }
  }

  /// How many times as often (as a log, in nats) a borrowing language must use a word another
  /// language's list holds for the word to count as its own: ln 4.
  static let originMargin = log(4.0)
}

extension LanguageIdentifier {
  /// The plan for each script any of the model's languages is written in, for the model's
  /// whole candidate list.
  static func plans(model: LanguageModel, candidates: [Int]) -> [ScriptPlan] {
    Set(model.scripts.flatMap { $0 }).sorted().map { script in
      let positions = candidates.indices.filter { model.scripts[candidates[$0]].contains(script) }
      let borrowing = model.parameters.borrowing
      return ScriptPlan(
        script: script, positions: positions,
        scorer: WordScorer(model: model, languages: positions.map { candidates[$0] }),
        borrows: positions.map {
          candidates[$0] < borrowing.count && borrowing[candidates[$0]] > -.infinity
        })
    }
  }

  /// Scans a text, sets names and acronyms aside and scores every other word.
  /// - Parameters:
  ///   - text: The text.
  ///   - candidates: The languages considered; `nil` for all the model's.
  ///   - names: Names that are not evidence of a language.
  ///   - stopAtMargin: Stop weighing words once one candidate leads every other by this many
  ///     nats (identification of long text); `nil` weighs every word (spans).
  ///   - innerCapitalsAreNames: Give capitalised words inside a sentence no weight when the text
  ///     is written in sentence case (spans; see `isSentenceCase`); otherwise they weigh half.
  ///   - capitalsWeighHalf: Let them weigh half in spans too: in a language that borrows
  ///     (Tagalog), a capitalised English phrase inside a sentence ("National Elections") is a
  ///     switch more often than a name that happens to look English.
  ///   - nameMarkers: The main language's personal-name markers (``NameMarkers``): a word in
  ///     lower case after one is a name (spans).
  /// - Returns: The words, their scores per candidate and what was set aside.
  func analyse(
    _ text: String, candidates: Set<Language>?, names: Set<String>, stopAtMargin: Double? = nil,
    innerCapitalsAreNames: Bool = false, capitalsWeighHalf: Bool = false,
    nameMarkers: [[UInt32]] = []
  ) -> TextAnalysis {
    let languages: [Language]
    let plans: [ScriptPlan]
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
    var isName = [Bool](repeating: false, count: words.count)
    configuredNames.mark(words, in: &isName)
    if !names.isEmpty { NameList(names).mark(words, in: &isName) }
    markCapitalisedNames(words, plans: plans, in: &isName)
    NameMarkers.mark(
      words, letters: analysis.scanned.letters, text: text, markers: nameMarkers, in: &isName)
    // Inside a sentence a capital weighs half (identification), or nothing in sentence-case text
    // when looking for spans: there it is a name, which may join a span but never makes one.
    let sentenceCase = innerCapitalsAreNames && Self.isSentenceCase(words)
    let innerCapitalWeight = sentenceCase && !capitalsWeighHalf ? 0.0 : 0.5
    // Where capitals weigh half in spans (Tagalog), a run of them is still a name.
    let nameRun =
      sentenceCase && capitalsWeighHalf
      ? Self.capitalRuns(words, common: Self.commonWords(words, plans: plans)) : []

    let hangul = ICUScriptCode.hangul.rawValue
    let hangulText = words.contains { $0.script == hangul }
    var casedCount = 0
    var capsCount = 0
    for word in words where Self.cased(word.script) {
      casedCount += 1
      if word.isAllCaps { capsCount += 1 }
    }
    // A heading in capitals (PANDAIGDIG NA PAHAYAG) is read as words; capitals among other
    // words, or alone, are acronyms.
    let mostlyCaps = capsCount * 2 > words.count && casedCount > 1
    // In spans, a run of capitals among lower-case words that holds real words (`SHUT UP`,
    // `TILL THE END`) is shouting, read as words in full, not a row of acronyms.
    let capsRun =
      innerCapitalsAreNames && !mostlyCaps && !hangulText && capsCount > 1
      ? Self.capitalWordRuns(words, plans: plans, in: text) : []
    let penalty = Double(model.parameters.foreignScriptPenalty)
    let nameThreshold = Double(model.parameters.nameLogProbability)
    // Room for every word up front: the arrays never grow word by word.
    analysis.scores.reserveCapacity(words.count * width)
    analysis.inList.reserveCapacity(words.count * width)
    analysis.listValues.reserveCapacity(words.count * width)
    analysis.weighed.reserveCapacity(words.count)
    analysis.byScript.reserveCapacity(words.count)

    analysis.scanned.letters.withUnsafeBufferPointer { letters in
      // Scratch for one word's values and the running totals: no array per text.
      withUnsafeTemporaryAllocation(of: Double.self, capacity: 5 * width) { scratch in
        let list = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
        let sub = UnsafeMutableBufferPointer(rebasing: scratch[width..<(2 * width)])
        let partList = UnsafeMutableBufferPointer(rebasing: scratch[(2 * width)..<(3 * width)])
        let partScore = UnsafeMutableBufferPointer(rebasing: scratch[(3 * width)..<(4 * width)])
        let totals = UnsafeMutableBufferPointer(rebasing: scratch[(4 * width)..<(5 * width)])
        totals.initialize(repeating: 0)
        for (k, word) in words.enumerated() {
          if word.isTechnical || isName[k] || Self.isNotEvidence(word, letters, hangulText) {
            analysis.setAside.append(k)
            continue
          }
          // Two or three scripts: a linear search beats hashing.
          guard let plan = plans.first(where: { $0.script == word.script }), !plan.positions.isEmpty
          else {
            analysis.setAside.append(k)  // A script no candidate is written in.
            continue
          }
          let known = plan.scorer.listLogProbabilities(word.hash, into: list)
          if Self.cased(word.script) {
            var best = -Double.infinity
            for i in 0..<plan.positions.count { best = max(best, list[i]) }
            let readAsWord = mostlyCaps || (!capsRun.isEmpty && capsRun[k])
            // In a run of capitals, a long word need only be more than a list's noisy tail
            // (`HYPOCRISY`): acronyms are short.
            let floor =
              mostlyCaps || word.letters.count < Self.capitalWordLength
              ? nameThreshold : Self.rareListValue
            if word.isAllCaps && (!readAsWord || !known || best < floor) {
              analysis.setAside.append(k)  // An acronym (US, THX), or an unknown word in capitals.
              continue
            }
          }
          let base = analysis.scores.count
          analysis.inList.append(contentsOf: repeatElement(false, count: width))
          analysis.listValues.append(contentsOf: repeatElement(-.infinity, count: width))
          for (j, position) in plan.positions.enumerated() where list[j] > -.infinity {
            analysis.inList[base + position] = true
            analysis.listValues[base + position] = list[j]
          }
          if plan.positions.count == 1 {
            analysis.scores.append(contentsOf: repeatElement(-penalty, count: width))
            analysis.scores[base + plan.positions[0]] = 0
          } else {
            let range = word.letters
            if let parts = Self.hyphenatedParts(letters, range) {
              // A compound (`built-in`, `command-line`, `pag-ibig`) is the sum of its parts:
              // its hyphen alone would make it look Tagalog, and a web list that holds the whole
              // compound (the Tagalog one holds `built-in`) says little about its language.
              for j in 0..<plan.positions.count { sub[j] = 0 }
              for part in parts {
                let slice = UnsafeBufferPointer(rebasing: letters[part])
                _ = plan.scorer.listLogProbabilities(FeatureHash.hash(slice), into: partList)
                plan.scorer.score(letters: slice, list: partList, into: partScore)
                plan.applyOrigin(list: partList, into: partScore)
                for j in 0..<plan.positions.count { sub[j] += partScore[j] }
              }
            } else {
              plan.scorer.score(
                letters: UnsafeBufferPointer(rebasing: letters[range]), list: list, into: sub)
              plan.applyOrigin(list: list, into: sub)
            }
            var best = -Double.infinity
            for j in 0..<plan.positions.count { best = max(best, sub[j]) }
            var listed = -Double.infinity
            for j in 0..<plan.positions.count { listed = max(listed, list[j]) }
            if innerCapitalsAreNames && listed < Self.rareListValue {
              // In spans a word no list holds, or only in its noisy tail (a user name, a handle, a
              // typo, slang, a coinage), may extend a foreign stretch but never makes one by
              // itself.
              for j in 0..<plan.positions.count {
                sub[j] = max(sub[j], best - Self.spanUnlistedCap)
              }
            }
            let run = nameRun.isEmpty ? .none : nameRun[k]
            if run == .name {
              // A proper-name run (`Department of Education`): no evidence either way.
              for j in 0..<plan.positions.count { sub[j] = best }
            } else if word.isCapitalized && !word.startsSentence && run != .titleCase
              && (capsRun.isEmpty || !capsRun[k])
            {
              // A capital inside a sentence is often a name that a list happens to hold
              // (Manila, Jose, Santos): half weight, so that it alone never makes a foreign
              // span, and none in the spans of sentence-case prose, where a run of them
              // ("Barangay San Isidro") would otherwise add up to one.
              for j in 0..<plan.positions.count {
                sub[j] = best + (sub[j] - best) * innerCapitalWeight
              }
            }
            analysis.scores.append(contentsOf: repeatElement(best - penalty, count: width))
            for (j, position) in plan.positions.enumerated() {
              analysis.scores[base + position] = sub[j]
            }
          }
          analysis.weighed.append(k)
          analysis.byScript.append(plan.positions.count == 1)
          if let stop = stopAtMargin {
            for c in 0..<width { totals[c] += analysis.scores[base + c] }
            if Self.lead(UnsafeBufferPointer(totals)) > stop { break }
          }
        }
      }
    }
    return analysis
  }

  /// Marks capitalised words that are names: those no candidate's list holds, or holds only as rare
  /// words; and, in a run of capitalised words that holds such a name (`Kim Hong Kyun`), the words
  /// whose lists barely prefer one language (`Kim`, `Hong`), since a Tagalog web list holding `kim`
  /// says nothing about the name.
  ///
  /// Words with clear evidence stay (`Missile Defense`, `Foreign Affairs` before a name).
  func markCapitalisedNames(_ words: [ScannedWord], plans: [ScriptPlan], in isName: inout [Bool]) {
    let threshold = Double(model.parameters.nameLogProbability)
    func capitalised(_ word: ScannedWord) -> Bool {
      word.isCapitalized && !word.isAllCaps && Self.cased(word.script) && !word.isTechnical
    }
    // Nothing to do in text without a capitalised word (Hangul, lower case).
    guard words.contains(where: capitalised) else { return }
    // How clearly each capitalised word's lists prefer one language, in nats.
    var lead = [Double](repeating: .infinity, count: words.count)
    withUnsafeTemporaryAllocation(of: Double.self, capacity: model.languages.count) { list in
      for (k, word) in words.enumerated() where capitalised(word) && !isName[k] {
        guard let plan = plans.first(where: { $0.script == word.script }) else { continue }
        let known = plan.scorer.listLogProbabilities(word.hash, into: list)
        var best = -Double.infinity
        var second = -Double.infinity
        for i in 0..<plan.positions.count {
          if list[i] > best {
            second = best
            best = list[i]
          } else if list[i] > second {
            second = list[i]
          }
        }
        lead[k] = best - second
        if !known || best < threshold { isName[k] = true }
      }
    }
    var start = 0
    while start < words.count {
      guard capitalised(words[start]) else {
        start += 1
        continue
      }
      var end = start + 1
      // A run: capitalised words one space apart.
      while end < words.count && capitalised(words[end])
        && words[end].utf8Range.lowerBound - words[end - 1].utf8Range.upperBound == 1
      {
        end += 1
      }
      if end - start > 1 && (start..<end).contains(where: { isName[$0] }) {
        for k in start..<end where lead[k] < Self.weakListLead { isName[k] = true }
      }
      start = end
    }
  }

  /// Whether a word is no evidence of a language whatever the lists say: in a cased script, one
  /// that a digit touches (`natecook1000`, `5km`, `P5`: handles, identifiers, units), one with a
  /// capital after a small letter (`GitHub`, `iOS`, `tvN`, `fooBar`: names and identifiers), one
  /// a letter of another script touches (`U자형`, `A씨`), a short elided word (`'to`, `'yan`),
  /// and, in text with Hangul, a single letter
  /// (`C 언어`) or a word just after a number (`10 km`, `3 mile`: units); in any script, laughter
  /// (`hahaha`, `hehe`, `huhu`) and chat interjections (`lol`, `wtf`: ``ChatInterjections``),
  /// which every language online writes alike.
  static func isNotEvidence(
    _ word: ScannedWord, _ letters: UnsafeBufferPointer<UInt32>, _ hangulText: Bool
  ) -> Bool {
    guard cased(word.script) else { return false }
    if word.touchesDigit || word.hasInnerCapital || word.touchesOtherScript { return true }
    // An elided short word (`'to` for ito, `'yan`, `'di`; `'em`) says nothing of its language.
    if word.followsApostrophe && word.letters.count <= 3 && !word.isCapitalized { return true }
    if hangulText && (word.letters.count == 1 || word.followsNumber) { return true }
    let wordLetters = UnsafeBufferPointer(rebasing: letters[word.letters])
    return isLaughter(wordLetters) || ChatInterjections.contains(wordLetters)
  }

  /// The parts of a hyphenated word that carry evidence (`command-line`: `command`, `line`;
  /// `e-mail`: `mail`, a single letter being none), or `nil` for a word without a hyphen.
  static func hyphenatedParts(_ letters: UnsafeBufferPointer<UInt32>, _ range: Range<Int>)
    -> [Range<Int>]?
  {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for i in range where letters[i] == WordScanner.hyphen {
      parts.append(start..<i)
      start = i + 1
    }
    guard !parts.isEmpty else { return nil }
    parts.append(start..<range.upperBound)
    parts.removeAll { $0.count < 2 }
    return parts.isEmpty ? nil : parts
  }

  /// Laughter: four or more letters, only `h` and vowels, at least two `h` (`haha`, `hahaa`,
  /// `ahahah`, `hehe`, `huhu`).
  static func isLaughter(_ letters: UnsafeBufferPointer<UInt32>) -> Bool {
    guard letters.count >= 4 else { return false }
    var hs = 0
    for letter in letters {
      switch letter {
      case 0x68: hs += 1
      case 0x61, 0x65, 0x69, 0x6F, 0x75: continue
      default: return false
      }
    }
    return hs >= 2
  }

  /// Whether a text is written in sentence case, so that a capital inside a sentence marks a name
  /// (Barangay San Isidro, Maria Santos, Hong Kong) rather than a title-case heading (Agreed Areas
  /// of Focus, Mga Detalye): some word of five or more letters is in lower case.
  ///
  /// Title case leaves only short function words (of, and, with, from) in lower case.
  static func isSentenceCase(_ words: [ScannedWord]) -> Bool {
    words.contains {
      cased($0.script) && !$0.isCapitalized && !$0.isAllCaps && $0.letters.count >= 5
    }
  }

  /// A list value below which a word is as good as unlisted in spans: once in ten million words,
  /// where web frequency lists hold other languages' slang and typos (`lods` in English's).
  static let rareListValue = log(1e-7)

  /// The most nats a word no list holds counts for any language in spans.
  ///
  /// One switch (the model's default penalty), so that it never makes a foreign span alone and
  /// pays for at most one of the two switches a listed word beside it needs (`canva at capcut`: two brand names
  /// in lower case around Tagalog *at* are no English phrase). At 2.5 nats (less than two
  /// switches) a brand or user name lifted any weak English neighbour into a span.
  static let spanUnlistedCap = 1.5

  /// A list lead (nats) below which a capitalised word beside a name is taken for part of it.
  static let weakListLead = 2.0

  /// How far the best total leads the runner-up.
  static func lead(_ totals: UnsafeBufferPointer<Double>) -> Double {
    var best = -Double.infinity
    var second = -Double.infinity
    for t in totals {
      if t > best {
        second = best
        best = t
      } else if t > second {
        second = t
      }
    }
    return best - second
  }

  /// Whether a script has upper and lower case (Latin, Greek, Cyrillic).
  @inline(__always)
  static func cased(_ script: Int32) -> Bool {
    script == ICUScriptCode.latin.rawValue || script == ICUScriptCode.greek.rawValue
      || script == ICUScriptCode.cyrillic.rawValue
  }
}
