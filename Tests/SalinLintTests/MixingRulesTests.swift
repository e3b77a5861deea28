import SalinCore
import SalinDocuments
import SalinLangID
import SalinLint
import SalinResources
import Testing

/// SL002 (switch), SL006 (loanword) and SL007 (mixed word) with the shipped model, in the default
/// and the strict setting.
@Suite("Mixing rules (SL002, SL006, SL007)")
struct MixingRulesTests {
  static let model = Result { try LanguageModel(contentsOf: BuiltInLocales.languageModel) }

  static func lint(
    _ marked: MarkedText, language: Language, mixing: MixingLevel? = nil
  ) throws -> [Finding] {
    var configuration = LintConfiguration()
    if let mixing { configuration.mixingLevels[language] = mixing }
    let linter = Linter(
      labels: nil,
      detector: IdentifierSpanDetector(
        identifier: LanguageIdentifier(model: try model.get()), candidates: [.english, .tagalog]))
    let document = try DocumentReader.read(bytes: Array(marked.text.utf8), path: "doc.md")
    return linter.lint(document, language: language, configuration: configuration)
  }

  static let taglish = MarkedText(
    """
    Nanood kami ng 1️⃣video kahapon, tapos 2️⃣nagshopping kami kahit 3️⃣tight budget lang.

    """)

  /// Default: the phrase is a switch; the loanword and the mixed word are no findings.
  @Test func defaultReportsSwitchesOnly() throws {
    let findings = try Self.lint(Self.taglish, language: .tagalog)
    #expect(
      matches(findings, [FindingSpec("3️⃣", "SL002", text: "tight budget")], in: Self.taglish),
      "\(findings.map { "\($0.rule.code) \($0.text)" })")
  }

  /// Strict: the loanword (SL006) and the mixed word with its root (SL007) too.
  @Test func strictReportsLoanwordsAndMixedWords() throws {
    let findings = try Self.lint(Self.taglish, language: .tagalog, mixing: .strict)
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL006", text: "video"),
          FindingSpec("2️⃣", "SL007", text: "nagshopping"),
          FindingSpec("3️⃣", "SL002", text: "tight budget"),
        ], in: Self.taglish),
      "\(findings.map { "\($0.rule.code) \($0.text)" })")
    #expect(
      findings.map(\.message) == [
        "'video' is a en loanword established in tl (reported because mixing is strict for tl)",
        "'nagshopping' is a tl form of the en word 'shopping'",
        findings[2].message,
      ])
    #expect(findings[1].severity == .info)
  }

  /// Strict still needs min-confidence for a word of three letters or fewer (Tagalog `man`
  /// "even" is English `man` too), and laughter or a Tagalog word ending like a rare English
  /// string is no mixed word.
  @Test func strictIsNotFooledByShortWordsOrLaughter() throws {
    let marked = MarkedText("Wala man lang siyang sinabi. HAHAHAHAHA sobrang panatiko nila.\n")
    #expect(try Self.lint(marked, language: .tagalog, mixing: .strict).isEmpty)
  }

  /// Default: a lone word of three letters or fewer needs 0.99 (`to` for *ito* reads 0.97
  /// English), unless a capitalised word stands beside it, as in a title-case slogan whose
  /// capitals weigh little in prose; strict keeps `min-confidence` for it.
  @Test func shortWordsNeedMoreEvidenceByDefault() throws {
    let tagalogTo = MarkedText("Ang ganda nito, bili ka na 1️⃣to sa palengke.\n")
    #expect(try Self.lint(tagalogTo, language: .tagalog).isEmpty)
    let strict = try Self.lint(tagalogTo, language: .tagalog, mixing: .strict)
    #expect(matches(strict, [FindingSpec("1️⃣", "SL002", text: "to")], in: tagalogTo))
    #expect((strict.first?.confidence ?? 1) < 0.99)
    let slogan = MarkedText("Nakita ko sa rally ang karatulang Isko 1️⃣Is Pink kanina.\n")
    let findings = try Self.lint(slogan, language: .tagalog)
    #expect(matches(findings, [FindingSpec("1️⃣", "SL002", text: "Is")], in: slogan))
  }

  /// Only a capitalised short word beside a capital is title case and keeps the usual bar: a
  /// lower-case one beside a sentence's first word or a name (`Masarap to`, `me Bisaya`, Tagalog
  /// *ito* and *may*) still needs 0.99.
  @Test func lowerCaseShortWordsBesideCapitalsNeedMoreEvidence() throws {
    for line in [
      "Masarap to sabi ni Lola.\n", "Wala akong kilala dito pero me Bisaya sa kabilang bahay.\n",
    ] {
      let findings = try Self.lint(MarkedText(line), language: .tagalog)
      #expect(findings.isEmpty, "\(findings.map(\.text))")
    }
  }

  /// In English, "pa" and "ate" are English words too: never a switch.
  @Test func englishHomographsAreNoSwitchInEnglish() throws {
    let marked = MarkedText("He ate dinner with his pa and hotdogs at the filibuster.\n")
    #expect(try Self.lint(marked, language: .english).isEmpty)
  }
}
