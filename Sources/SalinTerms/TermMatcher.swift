public import SalinCore

/// Finds a termbase's terms of one language in text: whole words, case-insensitive, the longest
/// term first; a Hangul term may be followed by a particle (무기고에), as Korean writes it.
public struct TermMatcher: Sendable {
  /// A term found in text.
  public struct Match: Hashable, Sendable {
    /// The concept's index in the termbase.
    public let concept: Int
    /// The term as the termbase writes it.
    public let term: String
    /// Its status.
    public let status: TermStatus
    /// Where it is in the text, in UTF-8 bytes.
    public let utf8Range: Range<Int>
  }

  private struct Entry: Sendable {
    let concept: Int
    let term: String
    let folded: [Unicode.Scalar]
    let status: TermStatus
  }

  /// The language matched.
  public let language: Language
  private let entries: [Unicode.Scalar: [Entry]]

  /// Makes a matcher for one language of a termbase.
  /// - Parameters:
  ///   - termbase: The termbase.
  ///   - language: The language whose terms are looked for.
  public init(termbase: Termbase, language: Language) {
    self.language = language
    var entries: [Unicode.Scalar: [Entry]] = [:]
    for (index, concept) in termbase.concepts.enumerated() {
      for term in concept.terms[language] ?? [] {
        let folded = Self.fold(term.text)
        guard let first = folded.first else { continue }
        entries[first, default: []].append(
          Entry(concept: index, term: term.text, folded: folded, status: term.status))
      }
    }
    self.entries = entries.mapValues { $0.sorted { $0.folded.count > $1.folded.count } }
  }

  /// Every term in `text`, non-overlapping, in text order.
  /// - Parameter text: The text.
  /// - Returns: The matches.
  public func matches(in text: String) -> [Match] {
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    let folded = scalars.map(Self.fold)
    var found: [Match] = []
    var index = 0
    while index < scalars.count {
      let startsWord = index == 0 || !Self.isWordScalar(scalars[index - 1])
      guard startsWord, let candidates = entries[folded[index]] else {
        index += 1
        continue
      }
      var matched: Entry?
      for entry in candidates where index + entry.folded.count <= scalars.count {
        guard folded[index..<(index + entry.folded.count)].elementsEqual(entry.folded) else {
          continue
        }
        let end = index + entry.folded.count
        let endsWord =
          end == scalars.count || !Self.isWordScalar(scalars[end])
          || Self.isHangul(scalars[end - 1])
        if endsWord {
          matched = entry
          break
        }
      }
      if let matched {
        let end = index + matched.folded.count
        found.append(
          Match(
            concept: matched.concept, term: matched.term, status: matched.status,
            utf8Range: offsets[index]..<offsets[end]))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  static func fold(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.map(fold) }

  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if (65...90).contains(scalar.value) { return Unicode.Scalar(UInt8(scalar.value + 32)) }
    if scalar == "’" { return "'" }
    guard !scalar.isASCII, scalar.properties.isUppercase,
      let lower = scalar.properties.lowercaseMapping.unicodeScalars.first
    else { return scalar }
    return lower
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
  }

  static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
    (0xAC00...0xD7A3).contains(scalar.value)
  }
}
