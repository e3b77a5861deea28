import Foundation
import SalinCore
import SalinDocuments
import SalinLint
import Testing

/// `salin lint` on briefings: each text unit's variants in their own locale.
@Suite("Linting briefings")
struct BriefingLintTests {
  static let mixed = MarkedText(
    """
    salin-briefing: 1
    id: mixed
    source-language: en
    languages: [en, tl]
    entities:
      abc: {organisation: {en: Meeting Of All, tl: Meeting Of All}}
    lead:
      - paragraph:
          id: lead
          with: {org: {entity: abc}}
          en: They said 1️⃣magandang umaga to {org}.
          tl: "2️⃣The meeting ay para sa lahat ng {org}."
    sections:
      - heading: {id: h, en: 3️⃣Mga Detalye, tl: Mga Detalye}
        blocks:
          - paragraph:
              id: p
              en: Good morning.
              tl: Magandang umaga sa {the}.
              with: {the: {entity: abc}}

    """)

  /// SL002 finds English in the Tagalog variant and Tagalog in the English one; SL001 a Tagalog
  /// label typed as the English heading (with its fix); placeholders and entity names are not text.
  @Test func rulesApplyPerVariantLanguage() throws {
    // The translation QA rules have their own tests (XLIFFQATests): this is about mixing.
    let findings = try lint(Self.mixed, path: "mixed.briefing.yaml").filter {
      ["SL001", "SL002"].contains($0.rule.code)
    }
    #expect(
      matches(
        findings,
        [
          FindingSpec("1️⃣", "SL002", text: "magandang umaga"),
          FindingSpec("2️⃣", "SL002", text: "The meeting"),
          FindingSpec("3️⃣", "SL001", text: "Mga Detalye", fix: "Details"),
        ], in: Self.mixed), "\(findings)")
    #expect(findings[0].message == "'magandang umaga' looks tl, not en (95%; fake word list)")
    #expect(findings[1].message == "'The meeting' looks en, not tl (95%; fake word list)")
    #expect(findings[1].range.start.line == 12 && findings[1].range.start.column == 12)
  }

  /// `--lang` names the language of documents that don't say; a variant always says.
  @Test func langDoesNotOverrideVariantLocales() throws {
    let english = try lint(Self.mixed, path: "mixed.briefing.yaml", language: .english)
    for language in [Language.korean, .tagalog, nil] {
      #expect(try lint(Self.mixed, path: "mixed.briefing.yaml", language: language) == english)
    }
  }

  static let stale = MarkedText(
    """
    salin-briefing: 1
    id: stale
    source-language: en
    languages: [en, tl, ko]
    lead:
      - paragraph:
          id: lead
          en: Officials met again on Monday.
          tl: 1️⃣Nagpulong ang mga opisyal.
          ko: 양측 당국자들이 다시 만났다.
          made-from: {tl: 5f7859e43059, ko: 8662dfde5459}
      - paragraph:
          id: fresh
          en: Officials met.
          tl: Nagpulong ang mga opisyal.
          made-from: {tl: f9fa9951a45b}

    """)

  /// SL010: a translation whose `made-from` no longer matches its source, at the translation;
  /// one that matches, or records nothing, is not stale.
  @Test func staleTranslation() throws {
    let findings = try lint(Self.stale, path: "stale.briefing.yaml").filter {
      $0.rule.code == "SL010"
    }
    #expect(
      matches(
        findings, [FindingSpec("1️⃣", "SL010", text: "Nagpulong ang mga opisyal.")], in: Self.stale),
      "\(findings)")
    let finding = try #require(findings.first)
    #expect(
      finding.message
        == "stale tl translation of 'lead': it was made from an older en source text, which has "
        + "changed since; re-translate it: salin extract stale.briefing.yaml --target tl -o "
        + "stale.tl.xlf, translate, then salin merge stale.briefing.yaml stale.tl.xlf")
    #expect(finding.language == .tagalog)
    #expect(finding.severity == .warning)
    #expect(finding.evidence == "made-from tl: 5f7859e43059; en source now: 8662dfde5459")
    #expect(finding.range.start.line == 9 && finding.range.start.column == 11)
  }

  /// Suppressions are `#` comments in a briefing, as in catalogs.
  @Test func suppressedInAComment() throws {
    let text = Self.stale.text.replacingOccurrences(
      of: "      tl: Nagpulong ang mga opisyal.\n      ko:",
      with: "      # salin-disable-next-line SL010\n      tl: Nagpulong ang mga opisyal.\n      ko:"
    )
    let findings = try lint(MarkedText(text), path: "stale.briefing.yaml")
    #expect(!findings.contains { $0.rule.code == "SL010" })
    #expect(!findings.contains { $0.rule.code == "SL000" })
  }

  @Test func folderWalksFindBriefings() {
    #expect(FileCollector.isDocument("edscg-5.briefing.yaml"))
    #expect(FileCollector.isDocument("a.briefing.yml"))
    #expect(!FileCollector.isDocument("config.yaml"))
  }
}
