import Foundation
import SalinCore
import SalinDocuments
import SalinLint
import SalinTerms
import Testing

/// Translation QA (SL030 and up) and the term rules on XLIFF targets and briefing variants, as
/// `salin lint` reads them: each finding at its target's text in the file.
@Suite("Translation QA on XLIFF and briefings")
struct XLIFFQATests {
  /// Every finding as `line:column code message`, for pinning.
  static func lint(_ text: String, path: String, termbase: Termbase? = nil) throws -> [String] {
    let document = try LintDocumentReader.read(bytes: Array(text.utf8), path: path)
    return Linter(labels: nil, detector: nil, termbase: termbase).lint(document).map {
      "\($0.range.start.line):\($0.range.start.column) \($0.rule.code) \($0.message)"
    }
  }

  /// A Tagalog XLIFF 2.0 file as `salin catalog export` writes it: one failing target per
  /// check, and correct ones (an ICU placeholder as a code, a name kept, "Mga Detalye").
  static let tagalog20 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tl">
      <file id="catalog">
        <unit id="meeting.next">
          <originalData>
            <data id="d1">{year, number, ::group-off}</data>
          </originalData>
          <segment state="translated">
            <source>The next meeting will be held in <ph id="1" dataRef="d1"/>.</source>
            <target>Gaganapin ang susunod na pulong sa <ph id="1" dataRef="d1"/>.</target>
          </segment>
        </unit>
        <unit id="label.details">
          <segment state="translated">
            <source>Details</source>
            <target>Mga Detalye</target>
          </segment>
        </unit>
        <unit id="statement.condemned">
          <originalData>
            <data id="d1">{party}</data>
          </originalData>
          <segment state="translated">
            <source><ph id="1" dataRef="d1"/> condemned the missile tests.</source>
            <target>Kinondena ang mga pagsubok ng missile.</target>
          </segment>
        </unit>
        <unit id="talks.resumed">
          <segment state="translated">
            <source>Talks resumed after 3 years.</source>
            <target>Muling nagsimula ang mga pag-uusap makalipas ang 2 taon.</target>
          </segment>
        </unit>
        <unit id="statement.link">
          <segment state="translated">
            <source>Read the statement at https://www.state.gov/edscg.</source>
            <target>Basahin ang pahayag sa https://www.state.gov.</target>
          </segment>
        </unit>
        <unit id="group.met">
          <segment state="translated">
            <source>The EDSCG met in Washington.</source>
            <target>Nagpulong ang grupo sa Washington.</target>
          </segment>
        </unit>
        <unit id="group.name">
          <segment state="translated">
            <source>The Extended Deterrence Strategy and Consultation Group (EDSCG) met.</source>
            <target>Nagpulong ang Extended Deterrence Strategy and Consultation Group (EDSCG.</target>
          </segment>
        </unit>
        <unit id="launch.condemned">
          <segment state="translated">
            <source>Both sides condemned the launch.</source>
            <target>Kinondena ng dalawang panig ang paglulunsad</target>
          </segment>
        </unit>
        <unit id="label.press">
          <segment state="translated">
            <source>Press release</source>
            <target>Press release</target>
          </segment>
        </unit>
        <unit id="label.areas">
          <segment state="translated">
            <source>Agreed Areas of Focus for the Alliance</source>
            <target>Oo</target>
          </segment>
        </unit>
        <unit id="label.new">
          <segment state="initial">
            <source>Press briefing</source>
          </segment>
        </unit>
      </file>
    </xliff>

    """

  /// One finding per failing target, at the target's text (line 25 is the `{party}` unit's
  /// `<target>`, column 17 its first letter); the correct targets pass, and the unit without a
  /// target is untranslated (SL040) at its start tag.
  @Test func xliff20TargetsAreChecked() throws {
    let found = try Self.lint(Self.tagalog20, path: "edscg.tl.xlf")
    #expect(
      found == [
        "25:17 SL030 placeholders differ: the source has '{party}', the translation none",
        "31:17 SL031 numbers differ from the source: '3' missing; '2' not in the source",
        "37:17 SL032 'https://www.state.gov/edscg' of the source is missing from the translation",
        "43:17 SL033 acronym 'EDSCG' of the source is missing from the translation",
        "49:17 SL034 brackets differ from the source: ')' 1 → 0",
        "55:17 SL035 the source ends with '.', the translation with no punctuation",
        "61:17 SL036 the translation is the source text unchanged",
        "67:17 SL037 the translation is 0.06 times the source's length (usual for tl: about 1.25)",
        "70:5 SL040 'label.new' is not translated: readers see the source text",
      ], "\(found)")
  }

  /// The file's target language is the targets' language, whatever `--lang` says (as a
  /// briefing's variants are in their locale).
  @Test func xliffTargetLanguageIsTheFiles() throws {
    let document = try LintDocumentReader.read(
      bytes: Array(Self.tagalog20.utf8), path: "edscg.tl.xlf")
    let linter = Linter(rules: [LengthRatio()], labels: nil, detector: nil)
    let korean = linter.lint(document, language: .korean)
    #expect(
      korean.map(\.message) == [
        "the translation is 0.06 times the source's length (usual for tl: about 1.25)"
      ])
  }

  /// XLIFF 1.2 as Salin and po2xliff write it, in Korean: codes (`<ph>`, `<g>`) and entities
  /// (`&amp;`) in the text, correct Korean word order and particles (`{leaders}이(가) 이끄는`,
  /// `{year}년에`, 제1차관 for "First"), and an XML comment that suppresses one finding.
  static let korean12 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
      <file original="ko.yaml" source-language="en" target-language="ko" datatype="plaintext">
        <body>
          <trans-unit id="meeting.next">
            <source>The next meeting will be held in <ph id="1">{year, number, ::group-off}</ph>.</source>
            <target state="translated">다음 회의는 <ph id="1">{year, number, ::group-off}</ph>년에 열릴 예정이다.</target>
          </trans-unit>
          <trans-unit id="meeting.delegation">
            <source>the <ph id="1">{country, region, adjective}</ph> delegation, led by <ph id="2">{leaders, list, names}</ph></source>
            <target state="translated"><ph id="2">{leaders, list, names}</ph>이(가) 이끄는 <ph id="1">{country, region}</ph> 대표단</target>
          </trans-unit>
          <trans-unit id="role.first-vice-minister">
            <source>First Vice Minister of Foreign Affairs</source>
            <target state="translated">외교부 제1차관</target>
          </trans-unit>
          <trans-unit id="budget">
            <source>R&amp;D budget (2025)</source>
            <target state="translated">R&amp;D 예산 (2024)</target>
          </trans-unit>
          <trans-unit id="apec">
            <source>APEC leaders met in <g id="1">Gyeongju</g>.</source>
            <target state="translated">APC 정상들이 <g id="1">경주</g>에서 만났다.</target>
          </trans-unit>
          <trans-unit id="ended">
            <source>The meeting ended.</source>
            <target state="translated">회의가 끝났다</target>
          </trans-unit>
          <trans-unit id="founded">
            <source>Founded in 2023.</source>
            <!-- salin-disable-next-line SL031 -->
            <target state="translated">2024년에 설립되었다.</target>
          </trans-unit>
        </body>
      </file>
    </xliff>

    """

  @Test func xliff12TargetsAreChecked() throws {
    let found = try Self.lint(Self.korean12, path: "ko.xlf")
    #expect(
      found == [
        "19:36 SL031 numbers differ from the source: '2025' missing; '2024' not in the source",
        "23:36 SL033 acronym 'APEC' of the source is missing from the translation",
        "27:36 SL035 the source ends with '.', the translation with no punctuation",
      ], "\(found)")
  }

  /// The term rules on XLIFF targets: a forbidden term at the term itself (after an entity and
  /// inside a `<pc>` code), fixable where the file writes it as it reads; a source term whose
  /// concept the target lacks at the target.
  @Test func termRulesRunOnXLIFFTargets() throws {
    let file = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tl">
        <file id="catalog">
          <unit id="launch">
            <segment>
              <source>Seoul &amp; Tokyo condemned the missile launch.</source>
              <target>Kinondena ng Seoul &amp; Tokyo ang paglulunsad ng misil.</target>
            </segment>
          </unit>
          <unit id="posture">
            <originalData>
              <data id="d1">&lt;b&gt;</data>
              <data id="d2">&lt;/b&gt;</data>
            </originalData>
            <segment>
              <source>Their <pc id="1" dataRefStart="d1" dataRefEnd="d2">nuclear</pc> posture.</source>
              <target>Ang kanilang postura <pc id="1" dataRefStart="d1" dataRefEnd="d2">nukleyar</pc>.</target>
            </segment>
          </unit>
          <unit id="talks">
            <segment>
              <source>Tensions rose after the talks.</source>
              <target>Tumaas ang init matapos ang pag-uusap.</target>
            </segment>
          </unit>
        </file>
      </xliff>

      """
    let document = try LintDocumentReader.read(bytes: Array(file.utf8), path: "terms.tl.xlf")
    let findings = Linter(
      rules: [ForbiddenTerm(), InconsistentTerm(), MissingTargetTerm()], labels: nil,
      detector: nil, termbase: seedTermbase
    ).lint(document)
    #expect(
      findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.code) \($0.text)" }
        == [
          "7:67 SL020 misil",
          "17:83 SL020 nukleyar",
          "23:17 SL022 Tumaas ang init matapos ang pag-uusap.",
        ], "\(findings)")
    #expect(findings.map { $0.fix?.replacement } == ["missile", "nuclear", nil])
    #expect(
      findings.last?.message
        == "the source says 'tensions' ('tension') but the translation has none of its terms;"
        + " expected 'tensiyon'")
  }

  /// A briefing's translated variants are checked against their source variant, at the
  /// variant's text; a variant that is one of the briefing's names (Washington) may equal it.
  @Test func briefingVariantsAreChecked() throws {
    let briefing = """
      salin-briefing: 1
      id: qa
      source-language: en
      languages: [en, tl, ko]
      facts:
        declarations:
          washington:
            name: {id: washington.name, en: Washington, tl: Washington, ko: 워싱턴}
            date: 2023-04-26
      lead:
        - paragraph:
            id: lead
            en: The two sides have met 3 times since 2023.
            tl: Nagpulong na ang dalawang panig nang 4 na beses mula 2023.
            ko: 양측은 2023년 이후 3차례 만났다.
        - paragraph:
            id: place
            en: Washington
            tl: Washington
        - paragraph:
            id: press
            en: Press release
            tl: Press release

      """
    let found = try Self.lint(briefing, path: "qa.briefing.yaml")
    #expect(
      found == [
        "14:11 SL031 numbers differ from the source: '3' missing; '4' not in the source",
        "23:11 SL036 the translation is the source text unchanged",
      ], "\(found)")
  }

  /// An XLIFF file the reader refuses is one error naming its place, and the run goes on.
  @Test func anUnreadableXLIFFIsOneLocatedError() {
    let runner = LintRunner(linters: LinterFactory(), language: nil)
    let (findings, run) = runner.findings(
      .standardInput(Array("<xliff version=\"2.0\"><file>".utf8), filename: "bad.tl.xlf"))
    #expect(findings.isEmpty)
    #expect(run.errors.count == 1)
    #expect(run.errors.first?.hasPrefix("bad.tl.xlf:1:") == true, "\(run.errors)")
  }

  @Test func folderWalksFindXLIFF() {
    #expect(FileCollector.isDocument("edscg-5.tl.xlf"))
    #expect(FileCollector.isDocument("messages.XLIFF"))
  }
}
