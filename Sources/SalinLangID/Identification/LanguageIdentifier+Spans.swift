import Foundation
public import SalinCore

extension LanguageIdentifier {
  /// Finds the stretches of a paragraph that are in another language than its main one, down to
  /// a single word.
  ///
  /// Each weighed word is a step of a Viterbi path over the candidate languages: staying in a
  /// language is free, switching costs the model's switch penalty, and the path starts in the
  /// main language. A single foreign word is found when its evidence outweighs the cost of
  /// switching to its language and back. Names and acronyms are set aside and never make a span;
  /// one that sits between two foreign words lies inside their span. In sentence-case text a
  /// capitalised word inside a sentence weighs nothing: it can continue a span ("Mga Detalye")
  /// but never make one ("at Hong Kong", "Barangay San Isidro" in English are not Tagalog); in
  /// title case (a heading) capitals inside weigh half, as when identifying.
  /// - Parameters:
  ///   - paragraph: The text to search.
  ///   - mainLanguage: The language the paragraph is declared or known to be in.
  ///   - candidates: The languages a span may be in (with the main language); `nil` for all the
  ///     model's.
  ///   - names: Names in this paragraph, set aside.
  ///   - switchPenalty: Nats a switch costs, if not the model's: lower finds single foreign words
  ///     on weaker evidence (the linter's strict setting uses ``strictSwitchPenalty``).
  /// - Returns: The foreign spans in order; empty if the main language is not a known candidate.
  ///   A one-word span says whether it is an established loanword of the main language, or the
  ///   main language's affixes on a foreign root.
  public func foreignSpans(
    in paragraph: String, mainLanguage: Language, candidates: Set<Language>? = nil,
    names: Set<String> = [], switchPenalty: Double? = nil
  ) -> [LanguageSpan] {
    let switchCost = switchPenalty ?? Double(model.parameters.switchPenalty)
    // The candidates and the main language; `nil` (all the model's) stays `nil`, so that the
    // identifier's own plans serve and no set is made per paragraph.
    var allowed = candidates
    if let candidates, !candidates.contains(mainLanguage) {
      allowed = candidates.union([mainLanguage])
    }
    // In prose a capital inside a sentence is a name: Philippine names are Tagalog words to the
    // lists (Santos, Isidro, Barangay), and must not make English text look Tagalog.
    let analysis = analyse(
      paragraph, candidates: allowed, names: names, innerCapitalsAreNames: true,
      capitalsWeighHalf: borrows(mainLanguage),
      nameMarkers: NameMarkers.byLanguage[mainLanguage.tag] ?? [])
    guard let main = analysis.candidates.firstIndex(of: mainLanguage), !analysis.weighed.isEmpty
    else { return [] }
    let path = attachingNeutralWords(
      viterbi(analysis, main: main, switchCost: switchCost), analysis, main: main)

    var spans: [LanguageSpan] = []
    var start = 0
    while start < path.count {
      guard path[start] != main else {
        start += 1
        continue
      }
      var end = start + 1
      while end < path.count && path[end] == path[start] { end += 1 }
      defer { start = end }
      // A stretch of words no list holds (user names, handles, a run of coinages) is no
      // evidence; words their script decides are (Hangul in English).
      guard
        (start..<end).contains(where: { w in
          analysis.byScript[w]
            || (0..<analysis.width).contains { analysis.inList[w * analysis.width + $0] }
        })
      else { continue }
      var found = span(
        analysis, paragraph: paragraph, weighed: start..<end, language: path[start], main: main,
        switchCost: switchCost)
      if end - start == 1 { classify(&found, analysis, word: start, main: main) }
      spans.append(found)
    }
    return spans
  }

  /// Marks a one-word span established (a loanword the main language uses as its own) or mixed
  /// (the main language's affixes on the span language's root).
  private func classify(
    _ span: inout LanguageSpan, _ analysis: TextAnalysis, word w: Int, main: Int
  ) {
    guard !analysis.byScript[w], let host = model.index(of: analysis.candidates[main]),
      let lender = model.index(of: span.language)
    else { return }
    let width = analysis.width
    guard let l = analysis.candidates.firstIndex(of: span.language) else { return }
    span.isEstablished = Self.isEstablished(
      host: analysis.listValues[w * width + main], lender: analysis.listValues[w * width + l],
      background: switchingBackground[host][lender])
    if let affixes = Affixes.prefixes[analysis.candidates[main].tag] {
      let word = analysis.scanned.words[analysis.weighed[w]]
      let letters = Array(analysis.scanned.letters[word.letters])
      let scorer = WordScorer(model: model, languages: [host, lender])
      if let (root, _) = mixedRoot(letters, hash: word.hash, scorer: scorer, affixes: affixes) {
        span.mixedRoot = String(String.UnicodeScalarView(root.compactMap(Unicode.Scalar.init)))
      }
    }
  }

  /// Whether a language borrows from the others (the model learnt a share of its prose taken from
  /// their lexicons): Tagalog.
  func borrows(_ language: Language) -> Bool {
    guard let i = model.index(of: language), i < model.parameters.borrowing.count else {
      return false
    }
    return model.parameters.borrowing[i] > -.infinity
  }

  /// The switch penalty of the linter's strict setting, in nats: a single word is foreign when
  /// its evidence outweighs two such switches (1 nat), so established loanwords, which the main
  /// language uses nearly as often as their own language does, are found too.
  public static let strictSwitchPenalty = 0.5

  /// The most likely language of each weighed word, given a cost for every switch.
  ///
  /// Two rows of scores and one flat table of back pointers: no array per word (a paragraph's
  /// spans are looked for in every document `salin lint` reads).
  private func viterbi(_ analysis: TextAnalysis, main: Int, switchCost: Double) -> [Int] {
    let states = analysis.width
    let count = analysis.weighed.count
    var back = [Int](repeating: 0, count: (count - 1) * states)
    var path = [Int](repeating: main, count: count)
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * states) { rows in
      var best = UnsafeMutableBufferPointer(rebasing: rows[0..<states])
      var next = UnsafeMutableBufferPointer(rebasing: rows[states..<(2 * states)])
      for state in 0..<states {
        best[state] =
          state == main ? analysis.score(0, state) : analysis.score(0, state) - switchCost
      }
      for w in 1..<max(1, count) {
        for state in 0..<states {
          var choice = state
          var value = best[state]
          for previous in 0..<states
          where previous != state && best[previous] - switchCost > value {
            value = best[previous] - switchCost
            choice = previous
          }
          next[state] = value + analysis.score(w, state)
          back[(w - 1) * states + state] = choice
        }
        swap(&best, &next)
      }
      // The paragraph goes back to its main language after a foreign stretch that ends it.
      var state = main
      var value = best[main]
      for s in 0..<states where s != main && best[s] - switchCost > value {
        value = best[s] - switchCost
        state = s
      }
      path[count - 1] = state
      for i in stride(from: count - 1, to: 0, by: -1) {
        state = back[(i - 1) * states + state]
        path[i - 1] = state
      }
    }
    return path
  }

  /// A path whose words without evidence join the foreign span before them, never the one after.
  ///
  /// Words without evidence (a capital in sentence-case prose) tie every path through them, and
  /// Viterbi breaks the tie by switching as early as it can: "Washington. Mga" instead of
  /// "Mga Detalye". Settle it the way a reader would: such a word belongs to a foreign span only
  /// when it follows the span's last word after a single space (the rest of one phrase), never
  /// at its start.
  private func attachingNeutralWords(_ path: [Int], _ analysis: TextAnalysis, main: Int)
    -> [Int]
  {
    var path = path
    let words = analysis.scanned.words
    // No evidence between the span's language and the main one (other candidates may differ:
    // a Latin word still scores the foreign-script penalty for Korean).
    func isNeutral(_ w: Int, _ language: Int) -> Bool {
      abs(analysis.score(w, language) - analysis.score(w, main)) < 1e-9
    }
    func joined(_ w: Int) -> Bool {
      words[analysis.weighed[w]].utf8Range.lowerBound
        - words[analysis.weighed[w - 1]].utf8Range.upperBound == 1
    }
    var w = 0
    while w < path.count {
      guard path[w] != main else {
        w += 1
        continue
      }
      let language = path[w]
      var end = w
      while end < path.count && path[end] == language { end += 1 }
      // Leading words without evidence go back to the main language.
      var start = w
      while start < end && isNeutral(start, language) {
        path[start] = main
        start += 1
      }
      guard start < end else {
        w = end
        continue
      }
      // The span ends at its last word with evidence, plus the neutral words joined to it.
      var last = end - 1
      while last > start && isNeutral(last, language) { last -= 1 }
      var stop = last + 1
      while stop < path.count && isNeutral(stop, language) && joined(stop)
        && (path[stop] == main
          || path[stop] == language)
      {
        path[stop] = language
        stop += 1
      }
      for k in stop..<max(stop, end) { path[k] = main }
      w = max(stop, end)
    }
    return path
  }

  private func span(
    _ analysis: TextAnalysis, paragraph: String, weighed range: Range<Int>, language: Int,
    main: Int,
    switchCost: Double
  ) -> LanguageSpan {
    let words = analysis.scanned.words
    let first = words[analysis.weighed[range.lowerBound]]
    let last = words[analysis.weighed[range.upperBound - 1]]
    let margin = range.reduce(0) { $0 + analysis.score($1, language) - analysis.score($1, main) }
    let confidence = 1 / (1 + exp(-(margin - switchCost)))
    let utf8Range = first.utf8Range.lowerBound..<last.utf8Range.upperBound
    return LanguageSpan(
      utf8Range: utf8Range,
      scalarRange: first.scalarRange.lowerBound..<last.scalarRange.upperBound,
      text: TextAnalysis.slice(paragraph, utf8Range), language: analysis.candidates[language],
      confidence: confidence, evidence: analysis.evidence(over: range, margin: margin))
  }
}
