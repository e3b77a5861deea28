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
    var text = ""
    text.reserveCapacity(64 + wordsSetAside.count * 12)
    write(to: &text)
    return text
  }

  /// Appends ``description`` to JSON text as a string, without making the string first:
  /// `salin detect --format json` writes one for every line.
  /// - Parameter json: The JSON text.
  package func appendDescription(to json: inout JSONText) {
    var output = JSONStringContent()
    swap(&output.json, &json)
    output.json.append(raw: "\"")
    write(to: &output)
    output.json.append(raw: "\"")
    swap(&output.json, &json)
  }

  /// Writes the explanation piece by piece (an array of parts joined cost more than the answer).
  private func write(to text: inout some TextOutputStream) {
    switch basis {
    case .none: text.write("no evidence")
    case .script(let code):
      text.write("script ")
      text.write(code)
    case .model:
      text.write("model: ")
      text.write(String(wordsWeighed))
      text.write(wordsWeighed == 1 ? " word (word lists " : " words (word lists ")
      for (index, hit) in hits.enumerated() {
        if index > 0 { text.write(", ") }
        text.write(hit.language.tag)
        text.write(" ")
        text.write(String(hit.count))
      }
      text.write(")")
    }
    if basis != .none {
      text.write("; margin ")
      text.write(String(format1: margin))
      text.write(" nats")
    }
    if !wordsSetAside.isEmpty {
      text.write("; set aside: ")
      for (index, word) in wordsSetAside.enumerated() {
        if index > 0 { text.write(", ") }
        text.write(word)
      }
    }
  }
}

/// Text written into a JSON string's content, escaped as JSON requires.
private struct JSONStringContent: TextOutputStream {
  var json = JSONText(capacity: 0)

  mutating func write(_ string: String) { json.append(escaping: string) }
}

extension String {
  /// A number with one decimal, without Foundation's locale-dependent formatting.
  init(format1 value: Double) {
    guard value.isFinite else {
      self = value > 0 ? "inf" : "-inf"
      return
    }
    let tenths = Int((abs(value) * 10).rounded())
    self = value < 0 && tenths > 0 ? "-" : ""
    self += String(tenths / 10)
    self += "."
    self += String(tenths % 10)
  }
}
