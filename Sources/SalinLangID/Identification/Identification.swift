public import SalinCore

/// The identifier's answer for a text: the best language, every candidate's score and why.
public struct Identification: Sendable, Hashable {
  /// The most likely language, or `nil` when the text carries no evidence (undetermined).
  public var language: Language?
  /// Each candidate's probability; they sum to 1 (uniform when undetermined).
  public var scores: [Language: Double]
  /// The probability of ``language``; 0 when undetermined.
  public var confidence: Double
  /// What the answer rests on.
  public var evidence: Evidence

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
    self.scores = scores
    self.confidence = confidence
    self.evidence = evidence
  }
}
