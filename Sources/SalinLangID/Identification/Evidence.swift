public import SalinCore

/// Why the identifier answered as it did, in terms a user can check.
public struct Evidence: Sendable, Hashable, CustomStringConvertible {
  /// What decided the answer.
  public enum Basis: Sendable, Hashable {
    /// Nothing: no word carried evidence.
    case none
    /// The script alone (ISO 15924 code, such as `Hang`): one candidate is written in it.
    case script(String)
    /// The statistical model: word lists and character n-grams.
    case model
  }

  /// What decided the answer.
  public var basis: Basis
  /// The number of words that were weighed.
  public var wordsWeighed: Int
  /// Words set aside as names, acronyms or text in a script no candidate is written in.
  public var wordsSetAside: [String]
  /// The candidates, sorted by tag, and how many weighed words each one's word list holds.
  var hits: [(language: Language, count: Int)]
  /// For each candidate, how many weighed words its word list holds.
  public var wordListHits: [Language: Int] {
    Dictionary(uniqueKeysWithValues: hits.map { ($0.language, $0.count) })
  }
  /// The log-likelihood lead of the answer over the runner-up, in nats.
  public var margin: Double

  /// Makes evidence; normally only the identifier does.
  /// - Parameters:
  ///   - basis: What decided the answer.
  ///   - wordsWeighed: The number of words weighed.
  ///   - wordsSetAside: The words set aside.
  ///   - wordListHits: Word-list hits per candidate.
  ///   - margin: The lead over the runner-up, in nats.
  public init(
    basis: Basis, wordsWeighed: Int, wordsSetAside: [String], wordListHits: [Language: Int],
    margin: Double
  ) {
    self.basis = basis
    self.wordsWeighed = wordsWeighed
    self.wordsSetAside = wordsSetAside
    self.hits = wordListHits.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    self.margin = margin
  }

  init(
    basis: Basis, wordsWeighed: Int, wordsSetAside: [String],
    hits: [(language: Language, count: Int)], margin: Double
  ) {
    self.basis = basis
    self.wordsWeighed = wordsWeighed
    self.wordsSetAside = wordsSetAside
    self.hits = hits
    self.margin = margin
  }

  /// Evidence is equal when it says the same.
  public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
    lhs.basis == rhs.basis && lhs.wordsWeighed == rhs.wordsWeighed
      && lhs.wordsSetAside == rhs.wordsSetAside && lhs.wordListHits == rhs.wordListHits
      && lhs.margin == rhs.margin
  }

  /// Hashes what the evidence says.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(basis)
    hasher.combine(wordsWeighed)
    hasher.combine(wordsSetAside)
    hasher.combine(wordListHits)
    hasher.combine(margin)
  }

  /// A one-line explanation, such as `model: 2 words (word lists en 0, tl 2), margin 14.2 nats`.
  public var description: String {
    var parts: [String] = []
    switch basis {
    case .none: parts.append("no evidence")
    case .script(let code): parts.append("script \(code)")
    case .model:
      let hits = hits.map { "\($0.language) \($0.count)" }
      parts.append(
        "model: \(wordsWeighed) word\(wordsWeighed == 1 ? "" : "s") "
          + "(word lists \(hits.joined(separator: ", ")))")
    }
    if basis != .none { parts.append("margin \(String(format1: margin)) nats") }
    if !wordsSetAside.isEmpty {
      parts.append("set aside: \(wordsSetAside.joined(separator: ", "))")
    }
    return parts.joined(separator: "; ")
  }
}

extension String {
  /// A number with one decimal, without Foundation's locale-dependent formatting.
  init(format1 value: Double) {
    guard value.isFinite else {
      self = value > 0 ? "inf" : "-inf"
      return
    }
    let tenths = Int((abs(value) * 10).rounded())
    self = "\(value < 0 && tenths > 0 ? "-" : "")\(tenths / 10).\(tenths % 10)"
  }
}
