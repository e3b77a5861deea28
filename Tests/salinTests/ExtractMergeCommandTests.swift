import Foundation
import SalinTestSupport
import Testing

@Suite("salin extract and merge")
struct ExtractMergeCommandTests {
  /// A temporary git work tree holding a copy of the seed briefing, committed.
  static func workTree() throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    try FileManager.default.copyItem(
      at: TestSupport.seedBriefingURL,
      to: folder.appendingPathComponent("edscg-5.briefing.yaml"))
    for arguments in [
      ["init", "-q", "."], ["add", "edscg-5.briefing.yaml"],
      ["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "seed"],
    ] {
      let git = Process()
      git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      git.arguments = ["git", "-C", folder.path] + arguments
      try git.run()
      git.waitUntilExit()
    }
    return folder
  }

  static func edit(_ url: URL, _ old: String, _ new: String) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(
      to: url, atomically: true, encoding: .utf8)
  }

  @Test func aStaleTranslationGoesOutForReviewAndComesBackCurrent() throws {
    let folder = try Self.workTree()
    let briefing = folder.appendingPathComponent("edscg-5.briefing.yaml")
    let xliff = folder.appendingPathComponent("edscg-5.tl.xlf")
    // Extract and merge everything once: each translation records its source's fingerprint.
    var result = try SalinProcess.run([
      "extract", briefing.path, "--target", "tl", "-o", xliff.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    result = try SalinProcess.run(["merge", briefing.path, xliff.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("text units changed"))
    let merged = try String(contentsOf: briefing, encoding: .utf8)
    #expect(merged.contains("      made-from: {tl: '0f55a5a709d3'}"))
    result = try SalinProcess.run(["merge", briefing.path, xliff.path])
    #expect(result.stdout.hasSuffix("edscg-5.briefing.yaml: 0 text units changed\n"))
    // Commit, then change the English heading: its Tagalog translation is stale.
    let commit = Process()
    commit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    commit.arguments = [
      "git", "-C", folder.path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit",
      "-qam", "fingerprints",
    ]
    try commit.run()
    commit.waitUntilExit()
    try Self.edit(
      briefing, "en: Advancing Security Through Deterrence",
      "en: Advancing Security Through Strong Deterrence")
    result = try SalinProcess.run(["render", briefing.path, "--locale", "tl", "--strict"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: stale tl text for text:heading.deterrence"))
    // `salin lint` reports it (SL010) at the translation, with the old source from git history;
    // nothing else: the seed briefing lints clean.
    result = try SalinProcess.run(["lint", briefing.path])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        ":82:11: warning stale tl translation of 'heading.deterrence': it was made from the en "
          + "text 'Advancing Security Through Deterrence', which is now 'Advancing Security Through "
          + "Strong Deterrence'; re-translate it: salin extract \(briefing.path) --target tl -o "
          + "edscg-5.tl.xlf, translate, then salin merge \(briefing.path) edscg-5.tl.xlf "
          + "[SL010 stale-translation]"), "\(result.stdout)")
    #expect(result.stdout.components(separatedBy: "[SL").count == 2, "\(result.stdout)")
    result = try SalinProcess.run(["extract", briefing.path, "--target", "tl", "-o", xliff.path])
    let extracted = try String(contentsOf: xliff, encoding: .utf8)
    #expect(
      extracted.contains(
        """
              <notes>
                <note category="salin:previous-source" appliesTo="source">Advancing Security Through Deterrence</note>
              </notes>
              <segment state="initial" subState="salin:needs-review">
                <source>Advancing Security Through Strong Deterrence</source>
                <target>Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence</target>
        """))
    // The translator revises it and marks it translated; the merge records the new source.
    try Self.edit(
      xliff,
      """
      <segment state="initial" subState="salin:needs-review">
              <source>Advancing Security Through Strong Deterrence</source>
              <target>Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence</target>
      """,
      """
      <segment state="translated">
              <source>Advancing Security Through Strong Deterrence</source>
              <target>Pagsusulong ng Seguridad sa Pamamagitan ng Matibay na Deterrence</target>
      """)
    result = try SalinProcess.run(["merge", briefing.path, xliff.path])
    #expect(result.stdout.hasSuffix("edscg-5.briefing.yaml: 1 text units changed\n"))
    result = try SalinProcess.run(["render", briefing.path, "--locale", "tl", "--strict"])
    #expect(result.status == 0, "\(result.stderr)")
    result = try SalinProcess.run(["lint", briefing.path])
    #expect(result.status == 0, "\(result.stdout)")
  }

  /// Editors on Windows save a byte order mark: the merge reads the briefing's YAML as the loader
  /// does, writes the same edits as without it and keeps the mark.
  @Test func aBriefingWithAByteOrderMarkMergesAsWithout() throws {
    let folder = try Self.workTree()
    let plain = folder.appendingPathComponent("edscg-5.briefing.yaml")
    let marked = folder.appendingPathComponent("marked.briefing.yaml")
    try Data([0xEF, 0xBB, 0xBF] + Array(try Data(contentsOf: plain))).write(to: marked)
    for briefing in [plain, marked] {
      let xliff = briefing.deletingPathExtension().appendingPathExtension("tl.xlf")
      var result = try SalinProcess.run([
        "extract", briefing.path, "--target", "tl", "-o", xliff.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      result = try SalinProcess.run(["merge", briefing.path, xliff.path])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasSuffix(": 28 text units changed\n"), "\(result.stdout)")
    }
    let markedBytes = try Data(contentsOf: marked)
    #expect(markedBytes.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(markedBytes.dropFirst(3) == (try Data(contentsOf: plain)))
  }

  @Test func aRenamedPlaceholderIsRefusedAndNothingIsWritten() throws {
    let folder = try Self.workTree()
    let briefing = folder.appendingPathComponent("edscg-5.briefing.yaml")
    let xliff = folder.appendingPathComponent("edscg-5.tl.xlf")
    _ = try SalinProcess.run(["extract", briefing.path, "--target", "tl", "-o", xliff.path])
    try Self.edit(
      xliff, "sa <ph id=\"1\" dataRef=\"d1\" disp=\"{place}\" canDelete=\"no\"/> ngayong",
      "sa {lugar} ngayong")
    let before = try Data(contentsOf: briefing)
    let result = try SalinProcess.run(["merge", briefing.path, xliff.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "error: unit 'lead': the translation renames the placeholder {place} to {lugar}"))
    #expect(try Data(contentsOf: briefing) == before)
  }

  /// A file that cannot be read is one `file:1:1: error: …` line, not Foundation's raw NSError
  /// (`Error Domain=NSCocoaErrorDomain Code=260 …`), and a catalog problem is a
  /// `file:line:column: error: …` line.
  @Test func inputProblemsAreOneErrorLine() throws {
    let folder = try TestSupport.temporaryDirectory()
    let seed = "seeds/edscg-5.briefing.yaml"
    var result = try SalinProcess.run(["merge", "no-such.briefing.yaml", "x.tl.xlf"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("no-such.briefing.yaml:1:1: error: cannot read briefing: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
    result = try SalinProcess.run(["merge", seed, "no-such.tl.xlf"])
    #expect(result.status == 2)
    #expect(result.stderr == "no-such.tl.xlf:1:1: error: cannot read the file\n")
    // `--locales` is the same option as in render and lint (one `CatalogOptions`).
    try Data("locale: tl\nlabel.details: {broken\n".utf8).write(
      to: folder.appendingPathComponent("tl.yaml"))
    result = try SalinProcess.run(["extract", seed, "--target", "tl", "--locales", folder.path])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "\(folder.path)/tl.yaml:3:1: error: YAML syntax error: while parsing a flow mapping "
        + "(line 2): did not find expected ',' or '}'\n")
  }

  /// A format extract cannot write is a usage error with extract's own usage (thrown from
  /// `run()`, it came with the root command's `Usage: salin <subcommand>`).
  @Test func anUnwritableFormatIsAUsageErrorOfExtract() throws {
    let result = try SalinProcess.run([
      "extract", "seeds/edscg-5.briefing.yaml", "--target", "tl", "--format", "arb",
    ])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: extract writes xliff, xliff12 or po, not arb\n"))
    #expect(result.stderr.contains("Usage: salin extract <briefing>"))
  }
}
