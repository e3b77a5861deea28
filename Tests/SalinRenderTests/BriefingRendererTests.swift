import Foundation
import SalinCatalog
import SalinCore
import SalinRender
import SalinTestSupport
import Testing

@Suite("BriefingRenderer")
struct BriefingRendererTests {
  /// Lines of the seed's Markdown rendering, pinned per locale: the table header and sources
  /// line from the catalogs, and the facts formatted by ICU through catalog messages.
  @Test(arguments: [
    (
      Language.english,
      [
        "| Agreed Areas of Focus | Details |",
        "Sources: THX News and US Department of State.",
        "## Responding to North Korean Provocations",
        "escalation. In response:",
        "convened for the fifth Extended Deterrence Strategy and Consultation Group (EDSCG) meeting,",
        "since the April 2023 Washington Declaration,",
        "The next high-level EDSCG meeting in 2025 will",
        "led by Under Secretary of State Bonnie Jenkins and Acting Deputy Under Secretary of Defense Cara Abercrombie,",
      ]
    ),
    (
      Language.tagalog,
      [
        "| Mga Napagkasunduang Larangang Tututukan | Mga Detalye |",
        "Mga Pinagkunan: THX News at US Department of State.",
        "## Pagtugon sa mga Probokasyon ng North Korea",
        "sigalot. Bilang tugon:",
        "ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group (EDSCG),",
        "ang Deklarasyon ng Washington noong Abril 2023,",
        "pulong ng matataas na opisyal ng EDSCG sa 2025,",
      ]
    ),
    (
      Language.korean,
      [
        "| 합의된 중점 분야 | 세부 내용 |",
        "출처: THX News 및 미국 국무부.",
        "## 북한 도발에 대한 대응",
        "우려를 키웠다. 이에 대한 양측의 대응은 다음과 같다.",
        "제5차 한미 확장억제전략협의체(EDSCG) 회의에 모여",
        "2023년 4월 워싱턴 선언 이후의",
        "2025년에 열리는 다음 고위급 EDSCG 회의는",
        "보니 젠킨스 국무부 군비통제·국제안보 차관과 카라 애버크롬비 국방부 정책부차관 대행이 이끄는",
        "김홍균 외교부 제1차관 등",
      ]
    ),
  ])
  func rendersTheSeed(locale: Language, expected: [String]) throws {
    let markdown = try RenderFixtures.render(try RenderFixtures.seed(), locale, format: .markdown)
    for line in expected { #expect(markdown.contains(line), "missing in \(locale): \(line)") }
    #expect(!markdown.contains("[en:"))  // The seed is fully translated: no fallback.
  }

  @Test func englishTextReproducesTheArticleWithTheTwoLabelsFixed() throws {
    let article = try String(contentsOf: TestSupport.seedArticleURL, encoding: .utf8)
    let expected =
      article
      .replacingOccurrences(
        of: "Agreed Areas of Focus | Mga Detalye |", with: "Agreed Areas of Focus | Details |"
      )
      .replacingOccurrences(
        of: "Mga pinagmumulan: THX News &", with: "Sources: THX News and"
      )
      // The acronym is introduced at the first mention and used at the second (issue 13).
      .replacingOccurrences(
        of: "Consultation Group meeting, reinforcing",
        with: "Consultation Group (EDSCG) meeting, reinforcing"
      )
      .replacingOccurrences(
        of: "high-level Extended Deterrence Strategy and Consultation Group meeting",
        with: "high-level EDSCG meeting") + "\n"
    let text = try RenderFixtures.render(try RenderFixtures.seed(), .english, format: .text)
    #expect(text == expected)
  }

  @Test func aMissingVariantFallsBackAlongTheChainAndIsReported() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let document = try renderer.render(
      try RenderFixtures.missingTagalogBriefing(), locale: .tagalog)
    #expect(
      document.fallbacks.map(\.description) == [
        "fixture.yaml:10:20: no tl text for text:two; used en (fallback step 1)"
      ])
    let span = try #require(document.spans.first { $0.text == "Only in English." })
    #expect(span.provenance.locale == .english)
    #expect(span.provenance.requestedLocale == .tagalog)
    #expect(span.provenance.fallbackStep == 1)
    #expect(
      MarkdownWriter().write(document) == """
        Kumusta.

        ## Buod

        [en: Only in English.]

        Mga Pinagkunan: Agency.

        """)
  }

  @Test func strictRefusesAnyFallback() throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let briefing = try RenderFixtures.missingTagalogBriefing()
    #expect(throws: RenderError.self) {
      try renderer.render(briefing, locale: .tagalog, strict: true)
    }
    // Korean has every variant, so strict passes there.
    #expect(try renderer.render(briefing, locale: .korean, strict: true).fallbacks.isEmpty)
  }

  /// The library tells a locale without a catalog from a tag nothing knows, so that every
  /// front end (not only `salin render`, which used to check this itself) says which it is.
  @Test(arguments: [
    (
      Language("qaa"),
      "error: 'qaa' is not a locale Salin can use: there is no catalog for it (or a language it "
        + "falls back to) and ICU has no locale data for it"
    ),
    (Language("ja"), "error: no catalog for locale 'ja' (have en, ko, tl)"),
  ])
  func validateNamesAnUnusableLocale(locale: Language, expected: String) throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let briefing = try RenderFixtures.missingTagalogBriefing()
    do {
      try renderer.validate(briefing, locales: [.english, locale])
      Issue.record("expected \(locale) to be refused")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func validateReportsAnUnknownLabelKeyWhereItIsWritten() throws {
    let yaml = RenderFixtures.missingTagalog.replacingOccurrences(
      of: "label.summary", with: "label.sumary")
    let briefing = try RenderFixtures.load(yaml)
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    do {
      try renderer.validate(briefing, locales: [.english])
      Issue.record("expected an unknown label key")
    } catch {
      #expect(
        error.description
          == "fixture.yaml:8:22: error: unknown label key 'label.sumary': no catalog defines it; "
          + "did you mean 'label.summary'?")
    }
  }

  /// Every unknown key is reported in one run, each at its own line and column.
  @Test func validateReportsEveryUnknownLabelKey() throws {
    let yaml = RenderFixtures.missingTagalog.replacingOccurrences(
      of: "label.summary", with: "label.sumary"
    ).replacingOccurrences(
      of: "sources: [Agency]",
      with: "  - heading: {label: label.detials}\nsources: [Agency]")
    let briefing = try RenderFixtures.load(yaml)
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let error = try #require(throws: RenderError.self) {
      try renderer.validate(briefing, locales: [.english, .tagalog])
    }
    #expect(
      error.description == """
        fixture.yaml:8:22: error: unknown label key 'label.sumary': no catalog defines it; did you mean 'label.summary'?
        fixture.yaml:11:22: error: unknown label key 'label.detials': no catalog defines it; did you mean 'label.details'?
        """)
  }

  @Test(arguments: [Language.english, .tagalog, .korean])
  func everySpanRecordsItsProvenance(locale: Language) throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let document = try renderer.render(try RenderFixtures.seed(), locale: locale)
    let origins = Set(document.spans.map(\.provenance.origin.description))
    #expect(
      origins.isSuperset(of: [
        "catalog:label.details", "catalog:meeting.title", "text:lead", "catalog:sources.line",
      ]))
    #expect(
      document.spans.allSatisfy {
        $0.provenance.requestedLocale == locale && $0.provenance.locale == locale
      })
  }

  @Test func recordsTheFormattingCallsItMakes() throws {
    let renderer = BriefingRenderer(
      messages: try RenderFixtures.catalogs(), recordsFormatCalls: true)
    let document = try renderer.render(try RenderFixtures.seed(), locale: .korean)
    #expect(
      document.formatCalls.contains(
        .message(
          key: "meeting.title", locale: .korean,
          arguments: ["n": .number(5), "series": .string("한미 확장억제전략협의체(EDSCG)")])))
    #expect(
      document.formatCalls.contains(
        .message(key: "date.year", locale: .korean, arguments: ["year": .number(2025)])))
  }

  /// The sources line is the `sources.line` message with the names as a list argument, so it
  /// takes the locale's words and list pattern; a source that is an organisation's ID is
  /// written with that organisation's name in the locale (issue 13: no English "&" in ko).
  @Test(arguments: [
    (Language.english, "Sources: Agency, US Department of State, and Wire."),
    (.tagalog, "Mga Pinagkunan: Agency, US Department of State at Wire."),
    (.korean, "출처: Agency, 미국 국무부 및 Wire."),
  ])
  func sourcesLine(locale: Language, expected: String) throws {
    let renderer = BriefingRenderer(messages: try RenderFixtures.catalogs())
    let briefing = try RenderFixtures.load(
      """
      salin-briefing: 1
      id: fixture
      source-language: en
      languages: [en, tl, ko]
      entities:
        state:
          organisation: {en: US Department of State, tl: US Department of State, ko: 미국 국무부}
          acronym: {en: State, tl: State, ko: 국무부}
      lead:
        - paragraph: {id: one, en: Hello., tl: Kumusta., ko: 안녕하세요.}
      sources: [Agency, state, Wire]
      """)
    let document = try renderer.render(briefing, locale: locale)
    #expect(document.blocks.last?.spans.map(\.text).joined() == expected)
  }
}
