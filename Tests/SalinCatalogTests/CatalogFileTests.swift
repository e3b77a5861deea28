import SalinCatalog
import SalinCore
import Testing

@Suite("CatalogFile")
struct CatalogFileTests {
  private let yaml = """
    # comment
    locale: tl
    label.sources:
      message: Mga pinagmumulan
      description: Pambungad ng huling linya.
      variants: [Mga Pinagmulan, Pinagmulan]
    meeting.session: ang {n, spellout, %spellout-ordinal}~ng pulong
    quoted: 'isa''t isa {x}'
    name:
      message: EDSCG
      untranslated: ok

    """

  @Test func entriesKeepTheirPositions() throws {
    let file = try CatalogFile.parse(yaml, path: "x.yaml", defaultLanguage: Language("en"))
    #expect(file.language == .tagalog)
    #expect(file.problems.isEmpty)
    let sources = try #require(file.entry("label.sources"))
    #expect(sources.location.description == "x.yaml:3:1")
    #expect(sources.valueLocation.description == "x.yaml:4:12")
    #expect(sources.variants == ["Mga Pinagmulan", "Pinagmulan"])
    #expect(sources.description == "Pambungad ng huling linya.")
    let session = try #require(file.entry("meeting.session"))
    #expect(session.valueLocation.description == "x.yaml:7:18")
    // The placeholder `{n` sits at column 22; `{x}` at 21, after the `''` of a quoted value.
    #expect(file.location(ofOffset: 4, in: session).description == "x.yaml:7:22")
    let quoted = try #require(file.entry("quoted"))
    #expect(quoted.source == "isa't isa {x}")
    #expect(file.location(ofOffset: 10, in: quoted).description == "x.yaml:8:21")
    #expect(try #require(file.entry("name")).allowsSameText)
  }

  /// YAML ends a line at a lone CR (and libyaml at NEL, LS and PS too): an entry after one was
  /// put on the bytes of a later line, and a message's syntax error on the wrong column.
  @Test func entriesAfterALoneCRKeepTheirBytes() throws {
    let text = "a: x\ry: 'z'\r\nb: '{oops'\nc: \"p\u{2028}q\"\nd: '{oops'\n"
    let file = try CatalogFile.parse(text, path: "en.yaml", defaultLanguage: .english)
    let b = try #require(file.entry("b"))
    #expect(b.location.position.utf8Offset == 13)
    #expect(b.location.description == "en.yaml:3:1")
    #expect(b.valueLocation.description == "en.yaml:3:5")
    // Line 4 holds an LS inside a quoted value: libyaml's line 5, an editor's line 4.
    let d = try #require(file.entry("d"))
    #expect(d.location.position.utf8Offset == 35)
    #expect(d.location.description == "en.yaml:5:1")
    #expect(
      file.problems.map(\.description) == [
        "en.yaml:3:5: message 'b': '{' is never closed",
        "en.yaml:5:5: message 'd': '{' is never closed",
      ])
  }

  /// A syntax error's context line counts lines as an editor does, like its position: libyaml
  /// would say line 3 for the sequence that starts on line 2, after an LS on line 1.
  @Test func aSyntaxErrorsContextLineIsTheEditorsLine() throws {
    let error = try #require(throws: CatalogError.self) {
      try CatalogFile.parse("a: \"p\u{2028}q\"\nb: [x\n", path: "en.yaml")
    }
    #expect(
      error.description
        == "en.yaml:3:1: YAML syntax error: while parsing a flow sequence (line 2): did not find "
        + "expected ',' or ']'")
  }

  /// An entry whose first field is not text (a complex `? {…}` key) trapped on the hint that
  /// names its nested keys: `salin catalog check` crashed (found by the catalog fuzz target).
  @Test func anEntryWhoseFirstFieldIsNotTextIsAProblem() throws {
    let text = "locale: tl\nla:\n ? message0s:\n ? m\n"
    let file = try CatalogFile.parse(text, path: "tl.yaml")
    #expect(
      file.problems.map(\.description) == [
        "tl.yaml:3:2: entry 'la' has no 'message' (keys are flat and dotted: write 'la.m: …')"
      ])
  }

  @Test func theFileNameGivesTheLocale() throws {
    let file = try CatalogFile.parse("a.b: c\n", path: "ko.yaml", defaultLanguage: .korean)
    #expect(file.language == .korean)
  }

  @Test func entryProblemsAreCollected() throws {
    let text =
      "a: [1, 2]\nb:\n  description: no message\nc:\n  message: x\n  colour: red\nd: '{oops'\n"
    let file = try CatalogFile.parse(text, path: "en.yaml", defaultLanguage: .english)
    #expect(
      file.problems.map(\.description) == [
        "en.yaml:1:4: the message of 'a' must be text",
        "en.yaml:3:3: entry 'b' has no 'message'",
        "en.yaml:6:3: unknown field 'colour' in 'c' (message, description, variants, untranslated, state)",
        "en.yaml:7:5: message 'd': '{' is never closed",
      ])
  }

  @Test(arguments: [
    ("a: [b\n", "en.yaml:2:1: YAML syntax error"),
    ("a: b\na: c\n", "en.yaml:1:1: YAML syntax error: duplicate key 'a'"),
  ])
  func yamlErrorsHavePositions(text: String, expected: String) {
    #expect {
      try CatalogFile.parse(text, path: "en.yaml", defaultLanguage: .english)
    } throws: { error in
      "\(error)".hasPrefix(expected)
    }
  }

  @Test(arguments: [
    ("", "en.yaml: empty file"), ("# only a comment\n", "en.yaml: empty file (only comments)"),
    ("just a sentence\n", "en.yaml: not a YAML mapping of keys to messages"),
    ("- a\n- b\n", "en.yaml: not a YAML mapping of keys to messages"),
  ])
  func unusableFiles(text: String, expected: String) {
    #expect {
      try CatalogFile.parse(text, path: "en.yaml", defaultLanguage: .english)
    } throws: { error in
      "\(error)" == expected
    }
  }
}

@Suite("CatalogFile limits")
struct CatalogFileLimitTests {
  /// A 155 KB catalog of aliases never finished loading: Yams hashes every key to find
  /// duplicates, and a key that is an alias was hashed through its whole expansion.
  @Test func refusesAliasesPastTheLimitAtTheAlias() throws {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...11 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(aliases)]")
    }
    lines.append("? *a11\n: x")
    let error = try #require(throws: CatalogError.self) {
      try CatalogFile.parse(
        lines.joined(separator: "\n"), path: "tl.yaml", defaultLanguage: .tagalog)
    }
    #expect(
      error.description
        == "tl.yaml:5:10: YAML aliases expand to more than 10,000 nodes (a \"billion laughs\" "
        + "file?): write the repeated part out or use fewer aliases")
  }

  /// Positions on the first line do not count the byte order mark, as editors do not.
  @Test func readsACatalogThatStartsWithAByteOrderMark() throws {
    let file = try CatalogFile.parse(
      "\u{FEFF}label.details: Mga Detalye\n", path: "tl.yaml", defaultLanguage: .tagalog)
    let entry = try #require(file.entry("label.details"))
    #expect(entry.location.description == "tl.yaml:1:1")
    #expect(entry.valueLocation.description == "tl.yaml:1:16")
  }
}
