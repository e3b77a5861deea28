import Foundation
public import SalinCore

/// Identifies the language of short texts and finds foreign stretches in paragraphs.
///
/// Script decides first: a word in a script only one candidate is written in (Hangul, with `ko`
/// among the candidates) is that language's, without a model. Latin words are weighed by the
/// model's word lists and character n-grams. Names and acronyms are set aside: the names the
/// caller passes, the configured ``names``, all-capital acronyms, and capitalised words that no
/// candidate's word list holds (or holds only as a rare word).
///
/// The identifier is an immutable value: share one across threads.
public struct LanguageIdentifier: Sendable {
  /// The model that scores words.
  public let model: LanguageModel
  /// Names configured once (entities, a project's list) and set aside in every text.
  public let names: Set<String>
  let configuredNames: NameList
  /// The model's languages, the default candidates.
  let allLanguages: Set<Language>
  /// Per script, the candidates written in it and their scorer, for the default candidates.
  let defaultPlans: [ScriptPlan]
  /// For each host and lender language (model indices), the host's switching background in nats
  /// (``LanguageModel/switchingBackground()``), which decides what is an established loanword.
  let switchingBackground: [[Double]]

  /// Makes an identifier.
  /// - Parameters:
  ///   - model: A loaded model, such as `LanguageModel(contentsOf: BuiltInLocales.languageModel)`.
  ///   - names: Names that are never evidence of a language.
  public init(model: LanguageModel, names: Set<String> = []) {
    self.model = model
    self.names = names
    self.configuredNames = NameList(names)
    self.allLanguages = Set(model.languages)
    self.defaultPlans = Self.plans(model: model, candidates: Array(model.languages.indices))
    self.switchingBackground = model.switchingBackground()
  }

  /// Identifies the language of a text.
  /// - Parameters:
  ///   - text: Any text: a word, a label, a sentence, a paragraph.
  ///   - candidates: The languages the text may be in; `nil` for all the model's. Languages the
  ///     model does not know are ignored.
  ///   - names: Names in this text (for example the entities of a briefing), set aside.
  /// - Returns: The best language with every candidate's probability, or an undetermined answer
  ///   (`language == nil`) when no word carries evidence.
  public func identify(
    _ text: String, candidates: Set<Language>? = nil, names: Set<String> = []
  ) -> Identification {
    let analysis = analyse(
      text, candidates: candidates, names: names, stopAtMargin: Self.decisiveMargin)
    let languages = analysis.candidates
    let count = analysis.weighed.count
    guard !languages.isEmpty else {
      return Identification(
        language: nil, candidates: [], probabilities: [], confidence: 0,
        evidence: analysis.evidence(over: 0..<count, margin: 0))
    }
    let totals = totals(of: analysis)
    var best = 0
    for c in totals.indices where totals[c] > totals[best] { best = c }
    var second = -Double.infinity
    for c in totals.indices where c != best { second = max(second, totals[c]) }
    let margin = count == 0 ? 0 : totals[best] - second
    let evidence = analysis.evidence(over: 0..<count, margin: margin)
    // No weighed word, or a dead heat (only words every list holds equally): undetermined.
    guard count > 0, margin > 1e-6 else {
      let uniform = 1 / Double(languages.count)
      return Identification(
        language: nil, candidates: languages,
        probabilities: [Double](repeating: uniform, count: languages.count), confidence: 0,
        evidence: evidence)
    }
    let probabilities = softmax(totals)
    return Identification(
      language: languages[best], candidates: languages, probabilities: probabilities,
      confidence: probabilities[best], evidence: evidence)
  }
}

extension LanguageIdentifier {
  /// A lead, in nats, past which more words cannot change the answer in practice: `identify`
  /// stops weighing there, so a long text costs no more than its first sentences.
  static let decisiveMargin = 45.0
}

/// Probabilities from log-likelihoods.
func softmax(_ values: [Double]) -> [Double] {
  guard let high = values.max() else { return [] }
  // One array, divided in place.
  var probabilities = values.map { exp($0 - high) }
  let sum = probabilities.reduce(0, +)
  for i in probabilities.indices { probabilities[i] /= sum }
  return probabilities
}
