import SalinCore
import SalinDocuments
import SalinLint
import Testing

/// The translation QA rules (SL030–SL037) and PO checks (SL040–SL044), each on a PO file whose
/// failing translation is marked: the rule finds exactly the marked entries.
@Suite("Translation QA and PO checks")
struct TranslationQARulesTests {
  static let header = """
    msgid ""
    msgstr ""
    "Language: tl\\n"
    "Plural-Forms: nplurals=2; plural=n>1;\\n"


    """

  static func findings(_ rule: any LintRule, _ marked: MarkedText) throws -> [Finding] {
    let document = try DocumentReader.read(bytes: Array(marked.text.utf8), path: "tl.po")
    return Linter(rules: [rule], labels: nil, detector: nil).lint(document)
      .filter { $0.rule.code == type(of: rule).description.code }
  }

  static func expect(
    _ rule: any LintRule, _ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let marked = MarkedText(header + body)
    let found = try findings(rule, marked).map(\.range.start.utf8Offset).sorted()
    let expected = marked.offsets.values.sorted()
    #expect(found == expected, sourceLocation: sourceLocation)
  }

  @Test func placeholders() throws {
    try Self.expect(
      PlaceholderMismatch(),
      """
      #, c-format
      msgid "Unable to locate package %s"
      msgstr "Hindi mahanap ang paketeng %s"

      #, c-format
      msgid "Retrieving file %li of %li"
      msgstr "1️⃣Kinukuha ang talaksang %li"

      #, fuzzy
      msgid "Install"
      msgstr "2️⃣Iniluklok ang %s"

      #, no-c-format
      msgid "100% done"
      msgstr "100% tapos"

      #, c-format
      msgid "%1$s of %2$s"
      msgstr "%2$s ng %1$s"

      """)
  }

  @Test func numbers() throws {
    try Self.expect(
      NumberMismatch(),
      """
      msgid "Debian 5.0.3 Disk 1"
      msgstr "1️⃣Debian 5.0.2 Disk 1"

      msgid "1,000 files"
      msgstr "1000 talaksan"

      msgid "MD5Sum mismatch"
      msgstr "Di tugmang MD5Sum"

      """)
  }

  @Test func urls() throws {
    try Self.expect(
      URLMismatch(),
      """
      msgid "See https://wiki.debian.org/SecureApt for details."
      msgstr "1️⃣Tingnan ang https://wiki.debian.org/SecureAPT."

      msgid "Write to deity@lists.debian.org."
      msgstr "Sumulat sa deity@lists.debian.org."

      """)
  }

  @Test func acronyms() throws {
    try Self.expect(
      AcronymMismatch(),
      """
      msgid "Invalid DEB archive"
      msgstr "1️⃣Hindi tanggap na arkibo"

      msgid "GPG error"
      msgstr "Error sa GPG"

      """)
  }

  @Test func brackets() throws {
    try Self.expect(
      BracketMismatch(),
      """
      msgid "Skipping (component misspelt?)"
      msgstr "1️⃣Nilaktawan (mali ang component?"

      msgid "Press [Enter]."
      msgstr "Pindutin ang [Enter]."

      msgid "Say \\"yes\\""
      msgstr "2️⃣Sabihing “oo"

      """)
  }

  @Test func endPunctuation() throws {
    try Self.expect(
      EndPunctuation(),
      """
      msgid "The repository is not signed."
      msgstr "1️⃣Hindi naka-sign ang repository"

      msgid "Is the package installed?"
      msgstr "2️⃣Nakaluklok ba ang pakete."

      msgid "Done."
      msgstr "Tapos na."

      """)
  }

  @Test func unchanged() throws {
    try Self.expect(
      UnchangedTranslation(),
      """
      msgid "Internal error"
      msgstr "1️⃣Internal error"

      msgid "%s (%s)"
      msgstr "%s (%s)"

      msgid "Done"
      msgstr "Tapos"

      """)
  }

  @Test func lengthRatio() throws {
    try Self.expect(
      LengthRatio(),
      """
      msgid "Unable to correct problems, you have held broken packages."
      msgstr "1️⃣Mali"

      msgid "Unable to correct problems, you have held broken packages."
      msgstr "Hindi maayos ang mga problema, mayroon kayong sirang pakete na naka-hold."

      """)
  }

  @Test func untranslatedAndFuzzy() throws {
    try Self.expect(
      UntranslatedEntry(),
      """
      msgid "GPG error: %s: %s"
      msgstr 1️⃣""

      msgid "%lu package"
      msgid_plural "%lu packages"
      msgstr[0] 2️⃣""
      msgstr[1] ""

      msgid "Ign:%lu %s"
      msgstr "DiPansin:%lu %s"

      """)
    try Self.expect(
      FuzzyEntry(),
      """
      #, fuzzy
      #| msgid "Stored label: %s\\n"
      msgid "Freed space: %sB\\n"
      msgstr "1️⃣Naka-imbak na Label: %s\\n"

      msgid "Done"
      msgstr "Tapos"

      """)
  }

  @Test func fuzzyNamesTheReason() throws {
    let marked = MarkedText(
      Self.header
        + "#, fuzzy\n#| msgid \"Stored label: %s\"\nmsgid \"Freed space: %s\"\nmsgstr \"Label: %s\"\n"
    )
    let message = try #require(try Self.findings(FuzzyEntry(), marked).first?.message)
    #expect(message.contains("gettext will not use it"))
    #expect(message.contains("Stored label: %s"))
  }

  @Test func doubleSpaceAndPurePunctuation() throws {
    try Self.expect(
      DoubleSpace(),
      """
      msgid "Need to get %sB of archives."
      msgstr "1️⃣Kailangang kunin ang %sB  ng arkibo."

      msgid "  Freed space: %sB"
      msgstr "2️⃣Napalayang espasyo: %sB"

      """)
    try Self.expect(
      PurePunctuation(),
      """
      msgid "..."
      msgstr "1️⃣…!"

      msgid ":"
      msgstr ":"

      """)
  }

  @Test func pluralForms() throws {
    // Korean has one CLDR plural category; a header saying two is wrong, and so is an entry
    // with three forms under nplurals=2.
    let korean = MarkedText(
      """
      msgid ""
      msgstr ""
      "Language: ko\\n"
      "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

      msgid "%d file"
      msgid_plural "%d files"
      msgstr[0] 1️⃣"파일 %d개"
      msgstr[1] "파일 %d개"
      msgstr[2] "파일 %d개"

      """)
    let found = try Self.findings(PluralForms(), korean)
    #expect(found.count == 2)
    #expect(found.contains { $0.message.contains("CLDR gives ko 1 plural categories (other)") })
    #expect(found.contains { $0.range.start.utf8Offset == korean.offsets["1️⃣"] })
    try Self.expect(
      PluralForms(),
      """
      msgid "%d file"
      msgid_plural "%d files"
      msgstr[0] "%d talaksan"
      msgstr[1] "%d na talaksan"

      """)
  }
}
