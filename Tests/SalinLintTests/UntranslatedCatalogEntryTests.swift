import SalinCore
import SalinLint
import Testing

@Suite("UntranslatedCatalogEntry (SL003)")
struct UntranslatedCatalogEntryTests {
  @Test func englishLeftInTagalogCatalog() throws {
    let marked = MarkedText(
      """
      locale: tl
      label.details:
        message: Mga Detalye
      meeting.title: 1️⃣The meeting of {count} for all
      meeting.place: Lugar {place}

      """)
    let findings = try lint(marked, path: "tl.yaml", language: nil)
    #expect(
      matches(
        findings, [FindingSpec("1️⃣", "SL003", text: "The meeting of {count} for all")], in: marked))
    #expect(findings[0].message == "value of 'meeting.title' looks en, not tl (95%)")
  }

  /// `untranslated: ok` says the text is the same in every locale on purpose, as `salin catalog
  /// check` reads it.
  @Test func untranslatedOKIsNotAFinding() throws {
    let marked = MarkedText(
      """
      locale: tl
      org.title:
        message: The meeting of officials for all of them
        untranslated: ok
      meeting.title: 1️⃣The meeting of {count} for all

      """)
    let findings = try lint(marked, path: "tl.yaml", language: nil)
    #expect(
      matches(
        findings, [FindingSpec("1️⃣", "SL003", text: "The meeting of {count} for all")], in: marked))
  }

  @Test func englishLeftInTagalogPO() throws {
    let marked = MarkedText(
      """
      msgid ""
      msgstr "Language: tl\\n"

      msgid "Details"
      msgstr "Mga Detalye"

      msgid "Meeting"
      msgstr "1️⃣the meeting %s is for all"

      """)
    let findings = try lint(marked, path: "x.po", language: nil).filter { $0.rule.code == "SL003" }
    #expect(
      matches(findings, [FindingSpec("1️⃣", "SL003", text: "the meeting %s is for all")], in: marked))
  }

  /// A msgstr that differs from its msgid in one word is translated (apt's Tagalog "DiPansin"
  /// for "Ign"); one equal to its msgid is SL036's, not SL003's.
  @Test func oneTranslatedWordIsNotUntranslated() throws {
    let marked = MarkedText(
      """
      msgid ""
      msgstr "Language: tl\\n"

      msgid "Ign:%lu %s"
      msgstr "DiPansin:%lu %s"

      msgid "the meeting is for all"
      msgstr "the meeting is for all"

      """)
    #expect(
      try lint(marked, path: "x.po", language: nil).filter { $0.rule.code == "SL003" }.isEmpty)
  }
}
