public import SalinCore

/// The identifier's answer for a text: the best language, every candidate's score and why.
public struct Identification: Sendable, Hashable {
  /// The most likely language, or `nil` when the text carries no evidence (undetermined).
  public var language: Language?
  /// The candidates, sorted by tag.
  public var candidates: [Language]
  /// Each candidate's probability, in the order of ``candidates``.
  public var probabilities: [Double]
  /// Each candidate's probability; they sum to 1 (uniform when undetermined).
  public var scores: [Language: Double] {
    Dictionary(uniqueKeysWithValues: zip(candidates, probabilities))
  }
  /// The probability of ``language``; 0 when undetermined.
  public var confidence: Double
  /// What the answer rests on.
  public var evidence: Evidence

  /// Makes an identification from candidates and their probabilities in the same order.
  init(
    language: Language?, candidates: [Language], probabilities: [Double], confidence: Double,
    evidence: Evidence
  ) {
    self.language = language
    self.candidates = candidates
    self.probabilities = probabilities
    self.confidence = confidence
    self.evidence = evidence
  }

  /// Makes an identification; normally only the identifier does.
  /// - Parameters:
  ///   - language: The best language, or `nil` for undetermined.
  ///   - scores: Each candidate's probability.
  ///   - confidence: The best language's probability.
  ///   - evidence: What the answer rests on.
  public init(
    language: Language?, scores: [Language: Double], confidence: Double, evidence: Evidence
  ) {
    self.language = language
    let sorted = scores.sorted { $0.key < $1.key }
    self.candidates = sorted.map(\.key)
    self.probabilities = sorted.map(\.value)
    self.confidence = confidence
    self.evidence = evidence
  }
}
