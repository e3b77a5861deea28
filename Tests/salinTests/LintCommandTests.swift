import Foundation
import SalinTestSupport
import Testing

/// Runs the built `salin` with optional standard input.
private func salin(_ arguments: [String], input: String? = nil) throws -> (
  stdout: String, stderr: String, status: Int32
) {
  let result = try SalinProcess.run(arguments, input: input)
  return (result.stdout, result.stderr, result.status)
}

@Suite("salin lint")
struct LintCommandTests {
  static let seed = "seeds/000_59885a65178f0467.txt"

  @Test func seedStylishExitsOne() throws {
    let result = try salin(["lint", Self.seed, "--lang", "en"])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "seeds/000_59885a65178f0467.txt:15:25: error 'Mga Detalye' is the tl label 'label.details'; in en it is 'Details' [SL001 foreign-label]\n"
      ))
    #expect(result.stdout.hasSuffix("2 problems (2 errors, 0 warnings), 2 fixable with --fix\n"))
    #expect(!result.stdout.contains("\u{1B}["))  // Not a terminal: no colour.
  }

  @Test(arguments: ["json", "sarif", "github"])
  func formats(format: String) throws {
    let result = try salin(["lint", Self.seed, "--lang", "en", "--format", format])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        format == "github"
          ? "::error file=seeds/000_59885a65178f0467.txt,line=25,col=1" : "\"SL001\""))
  }

  @Test func usageErrorsExitTwo() throws {
    let noPaths = try salin(["lint"])
    #expect(noPaths.status == 2)
    // One prefix style on standard error, usage errors included, then the usage.
    #expect(
      noPaths.stderr.hasPrefix(
        "error: give at least one file or folder, or '-' for standard input\nUsage: salin lint"))
    #expect(try salin(["lint", Self.seed, "--format", "xml"]).status == 2)
    // One check of a language tag: a POSIX locale is not one.
    let posix = try salin(["lint", Self.seed, "--lang", "en_US"])
    #expect(posix.status == 2)
    #expect(posix.stderr.contains("'en_US' is invalid for '--lang <lang>'"), "\(posix.stderr)")
    let missing = try salin(["lint", "no/such.md", Self.seed, "--lang", "en"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no/such.md: no such file or directory"))
    #expect(missing.stdout.contains("Mga Detalye"))  // The other file is still linted.
  }

  /// A model named with `--model` must load: a bad one is one error line and exit 2, not a
  /// warning and a clean exit with SL002 and SL003 skipped.
  @Test func unusableModelExitsTwo() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent("bad.salinlm")
    try Data("not a model".utf8).write(to: model)
    let result = try salin(["lint", Self.seed, "--lang", "en", "--model", model.path])
    #expect(result.status == 2)
    #expect(result.stderr == "error: '\(model.path)' is not a Salin language model (bad magic)\n")
  }

  /// English news from the Philippines is full of names the Tagalog lists hold (Santos, Isidro,
  /// Barangay, Hong Kong for its workers) and of Philippine English (Filipino, jeepney): none of it
  /// is Tagalog text.
  ///
  /// A Tagalog phrase in the same article still is.
  @Test func philippineEnglishNewsLintsClean() throws {
    let article = """
      # Typhoon update

      Senator Maria Santos spoke to reporters in Makati on Monday.

      President Ferdinand Marcos Jr. met Japanese officials at Malacañang Palace.

      Filipino workers in Hong Kong sent remittances home, and jeepney drivers went on strike.

      Residents of Barangay San Isidro were evacuated to a school in Tanauan.

      The plane arrived at Hong Kong on Monday.

      """
    let clean = try salin(["lint", "-", "--stdin-filename", "news.en.md"], input: article)
    #expect(clean.stdout.isEmpty)
    #expect(clean.status == 0)
    let mixed = try salin(
      ["lint", "-", "--stdin-filename", "news.en.md"],
      input: article + "The mayor said the relief goods were for lahat ng mga pamilya.\n")
    #expect(mixed.status == 1)
    #expect(mixed.stdout.contains("'lahat ng mga pamilya' looks tl, not en"), "\(mixed.stdout)")
  }

  /// `mixing: strict` for a document language in `.salin.yml` reports established loanwords
  /// (SL006) and Tagalog-affixed English words (SL007) too; the default reports the switch only.
  @Test func strictMixingFromTheConfig() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let article = directory.appendingPathComponent("balita.tl.md")
    try Data("Nanood kami ng video, tapos nagshopping kami kahit tight budget lang.\n".utf8)
      .write(to: article)
    let plain = try salin(["lint", article.path])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("[SL002 foreign-span]"))
    #expect(!plain.stdout.contains("SL006") && !plain.stdout.contains("SL007"))
    try Data("mixing:\n  tl: strict\n".utf8).write(
      to: directory.appendingPathComponent(".salin.yml"))
    let strict = try salin(["lint", article.path])
    #expect(
      strict.stdout.contains("'video' is a en loanword established in tl"), "\(strict.stdout)")
    #expect(strict.stdout.contains("'nagshopping' is a tl form of the en word 'shopping'"))
    let help = try salin(["lint", "--help"])
    #expect(help.stdout.contains("SL006 loanword"))
  }

  /// The seed briefing lints clean: every variant in its own locale (the Korean and Tagalog
  /// translations are not foreign text), entity names are names, nothing is stale.
  @Test func theSeedBriefingLintsClean() throws {
    let seed = TestSupport.seedBriefingURL
    let result = try salin(["lint", seed.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(try salin(["lint", "--help"]).stdout.contains("SL010"))
  }

  /// The built-in catalogs and the seed briefing lint clean with every rule and the shipped
  /// termbase, and so do the XLIFF 2.0 and 1.2 files `salin catalog export` writes from the
  /// catalogs (translation QA on their targets) but for one finding: ko.yaml suppresses SL035 on
  /// its lead-in (a full -다 sentence for "In response:") in a comment, which XLIFF does not
  /// carry.
  @Test func catalogsAndTheirXLIFFLintClean() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var files = ["locales/tl.yaml", "locales/ko.yaml", "seeds/edscg-5.briefing.yaml"]
    for target in ["tl", "ko"] {
      for format in ["xliff", "xliff12"] {
        let path = directory.appendingPathComponent("catalog-\(format).\(target).xlf").path
        let export = try salin(
          ["catalog", "export", "--target", target, "--format", format, "-o", path])
        #expect(export.status == 0, "\(export.stderr)")
        files.append(path)
      }
    }
    let result = try salin(
      ["lint", "--termbase", "seeds/edscg.termbase.yaml", "--format", "github"] + files)
    let found = result.stdout.split(separator: "\n").map {
      $0.replacingOccurrences(of: directory.path + "/", with: "")
    }
    #expect(
      found == [
        "::warning file=catalog-xliff.ko.xlf,line=142,col=17,endLine=142,endColumn=38,title=SL035"
          + " end-punctuation::the source ends with ':', the translation with '.'",
        "::warning file=catalog-xliff12.ko.xlf,line=86,col=36,endLine=86,endColumn=57,title=SL035"
          + " end-punctuation::the source ends with ':', the translation with '.'",
      ], "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.isEmpty)
  }

  /// Snippets quote the text that was linted: what came in on standard input, never a file of
  /// the same name on disk (it printed b.md's lines under a.md's findings).
  @Test func standardInputSnippetsQuoteStandardInput() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let onDisk = directory.appendingPathComponent("b.md")
    try Data("A different first line\n".utf8).write(to: onDisk)
    let result = try salin(
      ["lint", "-", "--stdin-filename", onDisk.path, "--lang", "en"], input: "# Mga Detalye\n")
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(onDisk.path):1:3: error 'Mga Detalye' is the tl label 'label.details'; in en it is 'Details' [SL001 foreign-label]
          # Mga Detalye
            ^~~~~~~~~~~
          fix: Replace with the en label 'Details'

        1 problem (1 error, 0 warnings), 1 fixable with --fix

        """)
  }

  @Test func standardInputAndMinSeverity() throws {
    let text = "# Details\n\n확장억제\n"
    let result = try salin(["lint", "-", "--stdin-filename", "a.tl.md"], input: text)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "a.tl.md:1:3: error 'Details' is the en label 'label.details'; in tl it is 'Mga Detalye'"))
    #expect(result.stdout.contains("a.tl.md:3:1: warning Hangul letters '확장억제' in a tl document"))
    let errorsOnly = try salin(
      ["lint", "-", "--stdin-filename", "a.tl.md", "--min-severity", "error"], input: "확장억제\n")
    #expect(errorsOnly.status == 0)
    #expect(errorsOnly.stdout.isEmpty)
  }

  /// A problem with a place is written as compilers write it, so editors and CI problem
  /// matchers link it: `FILE:LINE:COLUMN: error: …` (it came out `error: FILE:LINE:COLUMN: …`).
  @Test func aConfigProblemStartsWithItsPlace() throws {
    let folder = try TestSupport.temporaryDirectory()
    try Data("rules:\n  SL999: off\n".utf8).write(to: folder.appendingPathComponent(".salin.yml"))
    try Data("Hello.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
    let result = try SalinProcess.run([
      "lint", folder.appendingPathComponent("a.md").path, "--lang", "en",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "\(folder.path)/.salin.yml:2:3: error: invalid config: unknown rule 'SL999': use a rule "
        + "code or name such as SL002 or foreign-span (salin lint --help lists them)\n")
  }
}
