public import SalinCore
public import SalinTerms

/// Checks a briefing against a termbase, as `salin terms check` and `salin render --check` do:
/// in each language, forbidden terms (SL020) and concepts written two ways across the briefing
/// (SL021); between each text unit's source variant and its translations, concepts the source
/// names that a translation leaves out (SL022).
public struct BriefingTermCheck: Sendable {
  /// One problem, at the text unit it is in.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The rule.
    public let rule: RuleDescription
    /// The language of the variant.
    public let language: Language
    /// Where the text unit is written.
    public let location: SourceLocation?
    /// The text unit's ID.
    public let unit: String
    /// What is wrong.
    public let message: String

    /// `file:line:column: [tl] message [SL020 forbidden-term]`.
    public var description: String {
      "\(location.map { "\($0)" } ?? unit): [\(language)] \(message) [\(rule.code) \(rule.name)]"
    }
  }

  /// The termbase.
  public let termbase: Termbase

  /// Makes a check.
  /// - Parameter termbase: The termbase.
  public init(termbase: Termbase) { self.termbase = termbase }

  /// The problems of a briefing, in text unit order, then by language.
  /// - Parameter briefing: The briefing.
  /// - Returns: The problems.
  public func problems(in briefing: Briefing) -> [Problem] {
    let sourceLanguage = briefing.metadata.sourceLanguage
    let units = briefing.textUnits
    let languages = briefing.metadata.languages
    var problems: [Problem] = []
    let missing = MissingTermCheck(termbase: termbase)
    for language in languages {
      let matcher = TermMatcher(termbase: termbase, language: language)
      // Names of people and organisations are text too (카라 어버크롬비).
      for entity in briefing.entities.values.sorted(by: { $0.id < $1.id }) {
        let names: [Language: String]
        switch entity.kind {
        case .person(let byLanguage, _): names = byLanguage
        case .organisation(let byLanguage, _): names = byLanguage
        default: continue
        }
        guard let name = names[language] else { continue }
        for match in matcher.matches(in: name) where match.status == .forbidden {
          let concept = termbase.concepts[match.concept]
          problems.append(
            Problem(
              rule: ForbiddenTerm.description, language: language, location: entity.location,
              unit: entity.id,
              message: "'\(match.term)' is a forbidden term for '\(concept.id)'"
                + (concept.preferred(in: language).map { "; write '\($0)'" } ?? "")))
        }
      }
      var spellings: [Int: [(term: String, unit: TextUnit)]] = [:]
      for unit in units {
        guard let text = unit.variants[language] else { continue }
        for match in matcher.matches(in: text) {
          let concept = termbase.concepts[match.concept]
          if match.status == .forbidden {
            let preferred = concept.preferred(in: language)
            problems.append(
              Problem(
                rule: ForbiddenTerm.description, language: language, location: unit.location,
                unit: unit.id,
                message: "'\(match.term)' is a forbidden term for '\(concept.id)'"
                  + (preferred.map { "; write '\($0)'" } ?? "")))
            continue
          }
          let isShort = (concept.terms[language] ?? []).contains {
            $0.text == match.term && $0.isShortForm
          }
          if !isShort { spellings[match.concept, default: []].append((match.term, unit)) }
        }
        if language != sourceLanguage, let source = unit.variants[sourceLanguage] {
          for (index, term) in missing.missing(
            source: source, sourceLanguage: sourceLanguage, target: text, targetLanguage: language)
          {
            let concept = termbase.concepts[index]
            problems.append(
              Problem(
                rule: MissingTargetTerm.description, language: language, location: unit.location,
                unit: unit.id,
                message: "the source says '\(term)' ('\(concept.id)') but this translation has none"
                  + " of its terms"
                  + (concept.preferred(in: language).map { "; expected '\($0)'" } ?? "")))
          }
        }
      }
      for (index, found) in spellings.sorted(by: { $0.key < $1.key }) {
        let distinct = Set(found.map(\.term))
        guard distinct.count > 1 else { continue }
        let concept = termbase.concepts[index]
        let chosen =
          concept.preferred(in: language).flatMap { distinct.contains($0) ? $0 : nil }
          ?? found[0].term
        for (term, unit) in found where term != chosen {
          problems.append(
            Problem(
              rule: InconsistentTerm.description, language: language, location: unit.location,
              unit: unit.id,
              message:
                "'\(term)' and '\(chosen)' both write '\(concept.id)' in this briefing; use '\(chosen)'"
            ))
        }
      }
    }
    return problems
  }
}
