import Foundation
import SalinTestSupport
import Testing

/// Catalogs for tags beyond the built-in en, tl and ko work in every command, with no code
/// change: `salin render`, `salin lint` and `salin catalog check` (see also `salin message`'s
/// tests).
@Suite("Any locale")
struct AnyLocaleCommandTests {
  private func folder(_ files: [String: String]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// es-MX renders from an es catalog (the rest falls back to the briefing's source language,
  /// reported); a tag ICU knows without any catalog, and a tag ICU does not know, are errors
  /// that name it.
  @Test func render() throws {
    let directory = try folder(["es.yaml": "label.details: Detalles\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let briefing = "seeds/edscg-5.briefing.yaml"
    let rendered = try SalinProcess.run([
      "render", briefing, "--locale", "es-MX", "--locales", directory.path, "--format", "text",
    ])
    #expect(rendered.status == 0)
    #expect(rendered.stdout.contains("Detalles"))
    #expect(rendered.stderr.contains("no es-mx text for"))
    let japanese = try SalinProcess.run(["render", briefing, "--locale", "ja", "--format", "text"])
    #expect(japanese.stderr == "error: no catalog for locale 'ja' (have en, ko, tl)\n")
    #expect(japanese.status == 2)
    let unknown = try SalinProcess.run(["render", briefing, "--locale", "qaa", "--format", "text"])
    #expect(unknown.stderr.contains("'qaa' is not a locale Salin can use"))
    #expect(unknown.status == 2)
  }

  /// A Japanese catalog's labels are recognised in an English document, and English labels in a
  /// Japanese one.
  @Test func lint() throws {
    let directory = try folder([
      "ja.yaml": "label.details: 詳細\n",
      "doc.md": "---\nlang: ja\n---\n# 報告\n\n| Details | x |\n|---|---|\n| a | b |\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try SalinProcess.run([
      "lint", directory.appendingPathComponent("doc.md").path, "--locales", directory.path,
    ])
    #expect(
      result.stdout.contains(
        "'Details' is the en label 'label.details'; in ja it is '詳細' [SL001 foreign-label]"))
    #expect(result.status == 1)
  }

  /// `salin catalog check` reads ja.yaml with Japanese plural rules.
  @Test func catalogCheck() throws {
    let directory = try folder([
      "en.yaml": "files: '{n, plural, one {# file} other {# files}}'\n",
      "ja.yaml": "files: '{n, plural, other {#個のファイル}}'\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try SalinProcess.run(["catalog", "check", directory.path])
    #expect(result.stdout == "")
    #expect(result.status == 0)
  }

  /// `--locale` takes any tag: `--help` lists no fixed set of values, and a malformed tag is
  /// named with what to write, not answered with "Please provide one of 'en', 'tl' or 'ko'".
  @Test func messageLocaleIsAnyTag() throws {
    let help = try SalinProcess.run(["message", "--help"])
    #expect(!help.stdout.contains("(values:"), "\(help.stdout)")
    let posix = try SalinProcess.run(["message", "files", "--locale", "en_US", "--arg", "n=2"])
    #expect(posix.stderr.contains("'en_US' is not a BCP 47 language tag (write en-US)"))
    #expect(!posix.stderr.contains("one of"), "\(posix.stderr)")
    #expect(posix.status == 2)
  }
}
