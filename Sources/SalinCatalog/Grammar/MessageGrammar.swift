import SalinCore

/// The grammar a language resolves around a placeholder.
///
/// Korean particles in Korean, the Tagalog linker and case markers in Tagalog (and Filipino).
/// Other languages have none, so in their catalogs
/// `{org}을(를)` and `~ng` are plain text, as ICU formats them, and `salin catalog check`
/// reports them as another language's grammar.
struct MessageGrammar: Hashable, Sendable {
  /// The kinds of suffix.
  enum Kind: Hashable, Sendable {
    /// `을(를)`, `(으)로` … resolved from the final sound of the value.
    case koreanParticles
    /// `~ng`, resolved to -ng, -g or na, and the case markers `ang~`, `ng~`, `sa~` before a
    /// placeholder.
    case tagalogLinker
  }

  /// The kinds this language resolves.
  let kinds: Set<Kind>

  /// No grammar: every suffix is text.
  static let none = MessageGrammar(kinds: [])

  /// Which languages have which grammar, by language subtag.
  private static let byLanguage: [String: Set<Kind>] = [
    "ko": [.koreanParticles], "tl": [.tagalogLinker], "fil": [.tagalogLinker],
  ]

  private init(kinds: Set<Kind>) { self.kinds = kinds }

  /// The grammar of a language.
  /// - Parameter language: The catalog's language.
  init(language: Language) {
    let subtag = String(language.tag.prefix { $0 != "-" && $0 != "_" })
    kinds = Self.byLanguage[subtag] ?? []
  }

  /// Whether a suffix is resolved in this language.
  /// - Parameter suffix: A suffix found after a placeholder.
  /// - Returns: `true` in the suffix's language.
  func allows(_ suffix: GrammarSuffix) -> Bool {
    switch suffix {
    case .koreanParticle: kinds.contains(.koreanParticles)
    case .tagalogLinker: kinds.contains(.tagalogLinker)
    }
  }

  /// What a suffix is, for messages.
  /// - Parameter suffix: A suffix.
  /// - Returns: Such as "the Korean particle '을(를)'".
  static func name(of suffix: GrammarSuffix) -> String {
    switch suffix {
    case .koreanParticle(let particle): "the Korean particle '\(particle.tolerantForm)'"
    case .tagalogLinker: "the Tagalog linker '\(TagalogLinker.marker)'"
    }
  }
}

extension GrammarSuffix {
  /// Whether a suffix can start with this scalar (`~`, `(` or a Hangul syllable): most text
  /// after a placeholder is none, and is passed over without looking further.
  static func mayStart(with scalar: Unicode.Scalar) -> Bool {
    scalar == "~" || scalar == "(" || (0xAC00...0xD7A3).contains(scalar.value)
  }
}
