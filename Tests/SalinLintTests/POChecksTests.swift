import SalinCore
import SalinDocuments
import SalinLint
import Testing

/// The pofilter checks ported as their own rules (SL026, SL027, SL038, SL039, SL045–SL059), on
/// entries of Debian apt's Tagalog and Korean catalogs (po/tl.po, po/ko.po at release 3.1.12):
/// each rule finds exactly the marked entries, and correct Tagalog or Korean that pofilter
/// reports (a quotation moved to the front, a particle after a quote or an acronym, a sentence
/// that begins with a command name) is left alone.
@Suite("pofilter checks")
struct POChecksTests {
  static let korean = """
    msgid ""
    msgstr ""
    "Language: ko\\n"
    "Plural-Forms: nplurals=1; plural=0;\\n"


    """

  static func expect(
    _ rule: any LintRule, _ body: String, header: String = TranslationQARulesTests.header,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let marked = MarkedText(header + body)
    let code = type(of: rule).description.code
    // Rules off by default (SL053, SL056) are turned on, as a config would.
    var configuration = LintConfiguration()
    configuration.severities[code] = .some(.warning)
    let document = try DocumentReader.read(bytes: Array(marked.text.utf8), path: "tl.po")
    let found = Linter(rules: [rule], labels: nil, detector: nil)
      .lint(document, configuration: configuration)
      .filter { $0.rule.code == code }.map(\.range.start.utf8Offset).sorted()
    #expect(found == marked.offsets.values.sorted(), sourceLocation: sourceLocation)
  }

  @Test func accelerators() throws {
    try Self.expect(
      AcceleratorMismatch(),
      """
      msgid "_File"
      msgstr "1️⃣Talaksan"

      msgid "_Open"
      msgstr "_Buksan"

      msgid "AT&T and file_name"
      msgstr "AT&T at file_name"

      msgid "Fish &amp; Chips"
      msgstr "Isda &amp; Patatas"

      """)
    // The header names the marker: "_" is then an ordinary character.
    try Self.expect(
      AcceleratorMismatch(),
      """
      msgid ""
      msgstr ""
      "Language: tl\\n"
      "X-Accelerator-Marker: ~\\n"

      msgid "~Save"
      msgstr "1️⃣I-save"

      msgid "_Quit"
      msgstr "Lumabas"

      """, header: "")
  }

  @Test func compendiumConflict() throws {
    try Self.expect(
      CompendiumConflict(),
      """
      msgid "Done"
      msgstr ""
      "1️⃣#-#-#-#-#  tl.po (apt 3.1)  #-#-#-#-#\\n"
      "Tapos\\n"
      "#-#-#-#-#  tl-old.po  #-#-#-#-#\\n"
      "Yari"

      msgid "Done"
      msgstr "Tapos"

      """)
  }

  @Test func escapesAndNewlines() throws {
    try Self.expect(
      EscapeMismatch(),
      """
      msgid "Use \\\\n for a new line"
      msgstr "1️⃣Gamitin ang n para sa bagong linya"

      msgid "Use \\\\n for a new line"
      msgstr "Gamitin ang \\\\n para sa bagong linya"

      """)
    // apt's own: a fuzzy guess that lost the final line break; a help text with a line more.
    try Self.expect(
      NewlineMismatch(),
      """
      #, fuzzy, c-format
      msgid "%s can not be marked as it is not installed.\\n"
      msgstr "1️⃣ngunit ito ay hindi nakaluklok"

      msgid "Print the list of automatically installed packages"
      msgstr "2️⃣Ipakita ang mga paketeng kusang iniluklok.\\n"

      #, c-format
      msgid "%s has no build depends.\\n"
      msgstr "Walang build depends ang %s.\\n"

      """)
  }

  @Test func whitespaceAndTabs() throws {
    try Self.expect(
      LeadingWhitespace(),
      """
      #, fuzzy
      msgid "  Download size: %sB / %sB\\n"
      msgstr "  Laki ng kukunin: %sB / %sB\\n"

      msgid "  Installed: "
      msgstr "1️⃣Nakaluklok: "

      """)
    try Self.expect(
      TrailingWhitespace(),
      """
      msgid "Upgrading: %lu, Installing: %lu, "
      msgstr "1️⃣Ina-upgrade: %lu, Iniluluklok: %lu,"

      msgid "Password: "
      msgstr "Kontrasenyas: "

      """)
    try Self.expect(
      TabMismatch(),
      """
      msgid "Package\\tVersion"
      msgstr "1️⃣Pakete Bersiyon"

      msgid "Package\\tVersion"
      msgstr "Pakete\\tBersiyon"

      """)
  }

  @Test func xmlTagsAndQuotes() throws {
    try Self.expect(
      XMLTagMismatch(),
      """
      msgid "Press <b>Enter</b> to continue"
      msgstr "1️⃣Pindutin ang Enter upang magpatuloy"

      msgid "See <a href=\\"https://www.debian.org/\\">Debian</a>"
      msgstr "2️⃣Tingnan ang <a href=\\"https://www.debian.org/tl/\\">Debian</a>"

      msgid "<img src=\\"logo.png\\" alt=\\"Logo\\"/> <i>apt</i>"
      msgstr "<i>apt</i> <img src=\\"logo.png\\" alt=\\"Tatak\\"/>"

      msgid "<Error>"
      msgstr "<Mali>"

      """)
    try Self.expect(
      DoubleQuoteMismatch(),
      """
      msgid "Type \\"yes\\" to continue"
      msgstr "1️⃣I-type ang oo upang magpatuloy"

      msgid "Type \\"yes\\" to continue"
      msgstr "I-type ang \\"yes\\" upang magpatuloy"

      """)
    // Tagalog elisions and contractions are no quotation marks; a Korean particle against the
    // closing mark closes it.
    try Self.expect(
      SingleQuoteMismatch(),
      """
      #, c-format
      msgid "Unpack command '%s' failed.\\n"
      msgstr "1️⃣Bigo ang utos ng pagbuklat %s.\\n"

      msgid "Check if the 'dpkg-dev' package is installed.\\n"
      msgstr "Paki-siguro na nakaluklok ang paketeng 'dpkg-dev'.\\n"

      msgid "Don't change it"
      msgstr "'Wag itong baguhin, kaya't iwan"

      """)
    try Self.expect(
      SingleQuoteMismatch(),
      """
      #, c-format
      msgid "Couldn't find task '%s'"
      msgstr "'%s'를 찾을 수 없습니다"

      #, c-format
      msgid "Version '%s' for '%s' was not found"
      msgstr "1️⃣%2$s 패키지의 '%1$s' 버전을 찾을 수 없습니다"

      """, header: Self.korean)
  }

  @Test func repeatedWord() throws {
    try Self.expect(
      RepeatedWord(),
      """
      #, c-format
      msgid "Skipping already downloaded file '%s'\\n"
      msgstr "1️⃣Linaktawan ang nakuha na na talaksan '%s'\\n"

      #, c-format
      msgid "Failed to fetch %s  %s"
      msgstr "Bigo sa pagkuha ng %s  %s"

      msgid "Bora Bora"
      msgstr "Bora Bora"

      """)
  }

  @Test func startCapital() throws {
    try Self.expect(
      StartCapital(),
      """
      #, c-format
      msgid "Could not get lock %s"
      msgstr "1️⃣hindi makuha ang aldaba %s"

      msgid "hash file"
      msgstr "2️⃣Problema sa pag-hash ng talaksan"

      #, c-format
      msgid "%s has no build depends.\\n"
      msgstr "Walang build depends ang %s.\\n"

      """)
    // Korean puts the object first; a command name keeps its case.
    try Self.expect(
      StartCapital(),
      """
      msgid "Unable to close mmap"
      msgstr "mmap을 닫을 수 없습니다"

      msgid "You may want to run apt-get update to correct these problems"
      msgstr "apt-get update를 실행하면 이 문제를 바로잡을 수도 있습니다."

      """, header: Self.korean)
  }

  @Test func capitalization() throws {
    #expect(!Capitalization.description.isOnByDefault)
    try Self.expect(
      Capitalization(),
      """
      msgid "The following NEW packages will be installed:"
      msgstr "1️⃣ANG SUMUSUNOD NA MGA BAGONG PAKETE AY ILULUKLOK:"

      msgid "The following NEW packages will be installed:"
      msgstr "Ang sumusunod na mga BAGO na pakete ay iluluklok:"

      """)
    try Self.expect(
      Capitalization(),
      """
      msgid "This APT has Super Cow Powers."
      msgstr "이 APT는 Super Cow Powers로 무장했습니다."

      """, header: Self.korean)
  }

  @Test func startPunctuation() throws {
    try Self.expect(
      StartPunctuation(),
      """
      #, fuzzy, c-format
      msgid "'%s' not a valid ID."
      msgstr "1️⃣%s ay hindi balido na paketeng DEB."

      #, fuzzy
      msgid "automatic"
      msgstr " 2️⃣[Nakaluklok]"

      #, c-format
      msgid "%s has no build depends.\\n"
      msgstr "Walang build depends ang %s.\\n"

      """)
    try Self.expect(
      StartPunctuation(),
      """
      #, c-format
      msgid "Couldn't find task '%s'"
      msgstr "'%s' 작업을 찾을 수 없습니다"

      msgid "Is the package %s installed?"
      msgstr "1️⃣'dpkg-dev' 패키지가 설치되었는지를 확인하십시오.\\n"

      #, c-format
      msgid "Can not find version '%s' of package '%s'"
      msgstr "'%2$s' 패키지의 '%1$s' 버전은 없으므로 무시합니다."

      #, c-format
      msgid "Can't select candidate version from package %s as it has no candidate"
      msgstr "'%s' 패키지에서 후보 버전을 선택할 수 없습니다. 후보가 없습니다."

      #, c-format
      msgid "Some files are missing in the package file group `%s'"
      msgstr "`%s' 패키지 파일 그룹에 몇몇 파일이 빠졌습니다"

      """, header: Self.korean)
  }

  @Test func punctuationSpacing() throws {
    try Self.expect(
      PunctuationSpacing(),
      """
      #, c-format
      msgid "Error: %s"
      msgstr "1️⃣Mali:%s"

      #, c-format
      msgid "Unpack command '%s' failed.\\n"
      msgstr "Bigo ang utos ng pagbuklat '%s'.\\n"

      """)
    try Self.expect(
      PunctuationSpacing(),
      """
      #, c-format
      msgid "Unable to lock the administration directory (%s), are you root?"
      msgstr "관리 디렉터리를 (%s) 잠글 수 없습니다. 루트 사용자가 맞습니까?"

      """, header: Self.korean)
  }

  @Test func sentenceCount() throws {
    #expect(!SentenceCount.description.isOnByDefault)
    try Self.expect(
      SentenceCount(),
      """
      #, c-format
      msgid "Could not get lock %s. It is held by process %d"
      msgstr "1️⃣Hindi makuha ang aldaba %s"

      msgid "Done. Nothing to do."
      msgstr "Tapos na. Walang gagawin."

      """)
  }

  @Test func pathsFunctionsOptions() throws {
    try Self.expect(
      FilePathMismatch(),
      """
      msgid "Edit /etc/apt/sources.list first"
      msgstr "1️⃣I-edit muna ang talaksang sources.list"

      msgid "Edit /etc/apt/sources.list first"
      msgstr "I-edit muna ang /etc/apt/sources.list"

      #, c-format
      msgid "  Download size: %sB / %sB\\n"
      msgstr "  Laki ng kukunin: %sB / %sB\\n"

      """)
    try Self.expect(
      FunctionMismatch(),
      """
      msgid "Call pkgCache::FindPkg() first"
      msgstr "1️⃣Tawagin muna ang FindPkg"

      msgid "Call pkgCache::FindPkg() first"
      msgstr "Tawagin muna ang pkgCache::FindPkg()"

      """)
    try Self.expect(
      OptionMismatch(),
      """
      msgid "Use --no-install-recommends to skip them"
      msgstr "1️⃣Gamitin ang --huwag-iluklok-ang-inirerekomenda"

      msgid "Use --file=FILE"
      msgstr "Gamitin ang --file=TALAKSAN"

      """)
  }

  /// Acronyms with a Korean particle against them are still there (`APT는`, `CD-ROM을`).
  @Test func acronymsBeforeKoreanParticles() throws {
    try Self.expect(
      AcronymMismatch(),
      """
      msgid "This APT has Super Cow Powers."
      msgstr "이 APT는 Super Cow Powers로 무장했습니다."

      msgid "Unmounting CD-ROM...\\n"
      msgstr "CD-ROM을 마운트 해제하는 중입니다...\\n"

      msgid "Invalid DEB archive"
      msgstr "1️⃣잘못된 데브 아카이브"

      """, header: Self.korean)
  }
}
