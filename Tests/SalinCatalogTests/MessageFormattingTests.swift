import Foundation
import SalinCatalog
import SalinCore
import Testing

/// Formats one message given inline, in a catalog of its own, so each syntax feature is tested
/// without depending on the built-in catalogs' wording.
private func format(
  _ message: String, _ tag: String, _ arguments: [String: MessageArgument] = [:]
) throws -> String {
  let yaml = "k: \"\(message.replacingOccurrences(of: "\"", with: "\\\""))\"\n"
  let file = try CatalogFile.parse(yaml, path: "\(tag).yaml", defaultLanguage: Language(tag))
  return try Catalogs(files: [file]).message("k", locale: Language(tag), arguments: arguments)
}

/// The description of the error `body` throws, or `nil` if it throws none.
private func errorText(_ body: () throws -> String) -> String? {
  do {
    _ = try body()
    return nil
  } catch {
    return "\(error)"
  }
}

@Suite("Message formatting")
struct MessageFormattingTests {
  @Test(arguments: [("en", "fifth"), ("tl", "ikalima"), ("ko", "다섯 번째")])
  func spelledOrdinal(tag: String, expected: String) throws {
    #expect(try format("{n, spellout, %spellout-ordinal}", tag, ["n": 5]) == expected)
  }

  /// Above ten a Tagalog ordinal is the digit ordinal, grouped as ICU groups Filipino numbers,
  /// whichever way the message asks for it (it was "ika-1000000" spelled, "ika-1,000,000" not).
  @Test(arguments: [(Int64(11), "ika-11 ika-11"), (1_000_000, "ika-1,000,000 ika-1,000,000")])
  func tagalogOrdinalsAboveTenAreDigitOrdinals(n: Int64, expected: String) throws {
    let text = try format(
      "{n, spellout, %spellout-ordinal} {n, ordinal}", "tl", ["n": .number(Double(n))])
    #expect(text == expected)
  }

  /// A negative Tagalog ordinal ("ika--5") is an error naming the argument and its place.
  @Test func negativeTagalogOrdinalIsAnError() throws {
    #expect(
      errorText { try format("{n, ordinal}", "tl", ["n": -5]) }
        == "tl.yaml:1:5: cannot format the argument 'n' of 'k': an ordinal needs a whole number "
        + "of 0 or more, not -5")
  }

  /// Elsewhere `{n, ordinal}` is ICU's rule-based ordinal, negative numbers included.
  @Test(arguments: [("en", "−5th"), ("ko", "−5번째")])
  func negativeOrdinalAsICUWritesIt(tag: String, expected: String) throws {
    #expect(try format("{n, ordinal}", tag, ["n": -5]) == expected)
  }

  /// A Tagalog spell-out must never come out in English, which ICU does for an unmapped `tl`.
  @Test(arguments: [("en", "twenty-one"), ("tl", "dalawampu't isa"), ("ko", "이십일")])
  func spelledCardinal(tag: String, expected: String) throws {
    #expect(try format("{n, spellout}", tag, ["n": 21]) == expected)
  }

  @Test(arguments: [
    ("en", "5th, 1st, 22nd, 13th"), ("tl", "ika-5, una, ika-22, ika-13"),
    ("ko", "5번째, 1번째, 22번째, 13번째"),
  ])
  /// Tagalog writes the first as "una" even among digit ordinals ("unang pulong", never "ika-1").
  func digitOrdinal(tag: String, expected: String) throws {
    let text = try format(
      "{a, ordinal}, {b, ordinal}, {c, ordinal}, {d, ordinal}", tag,
      ["a": 5, "b": 1, "c": 22, "d": 13])
    #expect(text == expected)
  }

  @Test(arguments: [
    ("en", "South Korea, North Korea"), ("tl", "South Korea, North Korea"), ("ko", "한국, 북한"),
  ])
  func regions(tag: String, expected: String) throws {
    #expect(try format("{a, region}, {b, region}", tag, ["a": "KR", "b": "KP"]) == expected)
  }

  @Test(arguments: [("en", "A, B, or C"), ("tl", "A, B o C"), ("ko", "A, B 또는 C")])
  func orList(tag: String, expected: String) throws {
    #expect(try format("{xs, list, or}", tag, ["xs": ["A", "B", "C"]]) == expected)
  }

  @Test(arguments: [
    (0.0, "nobody else"), (1.0, "only Kim"), (2.0, "Kim and 1 other"), (5.0, "Kim and 4 others"),
  ])
  func pluralWithOffsetAndExact(n: Double, expected: String) throws {
    let message =
      "{n, plural, offset:1 =0 {nobody else} =1 {only Kim} one {Kim and # other} other {Kim and # others}}"
    #expect(try format(message, "en", ["n": .number(n)]) == expected)
  }

  @Test(arguments: [(1.0, "1st"), (2.0, "2nd"), (3.0, "3rd"), (11.0, "11th"), (21.0, "21st")])
  func selectOrdinal(n: Double, expected: String) throws {
    #expect(
      try format(
        "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "en", ["n": .number(n)])
        == expected)
  }

  @Test(arguments: [("US", "미국과"), ("KR", "한국과"), ("JP", "일본과")])
  func particleAfterRegion(code: String, expected: String) throws {
    #expect(try format("{c, region}와(과)", "ko", ["c": .string(code)]) == expected)
  }

  @Test func particleAfterNumberAndSelect() throws {
    #expect(try format("{n}을(를) 넘었다", "ko", ["n": 3]) == "3을 넘었다")
    #expect(try format("{n}을(를) 넘었다", "ko", ["n": 5]) == "5를 넘었다")
    #expect(try format("{org}을(를) 열었다", "ko", ["org": "EDSCG"]) == "EDSCG를 열었다")
    #expect(try format("{x, select, a {한국} other {미국}}이(가)", "ko", ["x": "a"]) == "한국이")
  }

  @Test(arguments: [
    ("en", "1,234.5 · 12% · Apr 26, 2023"), ("tl", "1,234.5 · 12% · Abr 26, 2023"),
    ("ko", "1,234.5 · 12% · 2023. 4. 26."),
  ])
  func numbersAndDates(tag: String, expected: String) throws {
    let text = try format(
      "{x, number} · {p, number, ::percent} · {d, date}", tag,
      ["x": 1234.5, "p": 12, "d": .date(year: 2023, month: 4, day: 26)])
    #expect(text == expected)
  }

  @Test func wrongKindsAreTyped() {
    #expect(
      errorText { try format("{n, number}", "en", ["n": ["a"]]) }
        == "en.yaml:1:5: the argument 'n' of 'k' must be a number, not a list")
    #expect(
      errorText {
        try format("{d, date, ::yMMMd}", "en", ["d": .date(year: 2023, month: 4, day: nil)])
      } == "en.yaml:1:5: the argument 'd' of 'k' must be a date with a day, not a month")
    // ICU, given the time as 1 January 1970, prints "1/1/70, 2:30 PM" (docs/catalogs.md lists it).
    let time: MessageArgument = .time(hour: 14, minute: 30, second: 0, millisecond: 0)
    #expect(
      errorText { try format("{t}", "en", ["t": time]) }
        == "en.yaml:1:5: the argument 't' of 'k' must be a date, not a time of day")
    #expect((try? format("{t, time, short}", "en", ["t": time])) == "2:30\u{202F}PM")
  }

  /// Text longer than the stack buffer a message is built in (1 KiB) moves to the heap whole.
  @Test(arguments: [("en", "5th"), ("tl", "ika-5"), ("ko", "5번째")])
  func longMessage(tag: String, ordinal: String) throws {
    let words = String(repeating: "가나다 abc ", count: 120)  // 1,320 bytes
    let text = try format("\(words){n, ordinal} {x}\(words)", tag, ["n": 5, "x": "X"])
    #expect(text == words + ordinal + " X" + words)
  }

  /// More than eight arguments are looked up by hash rather than by comparing names.
  @Test func manyArguments() throws {
    let names = (1...10).map { "a\($0)" }
    let message = names.map { "{\($0)}" }.joined(separator: "-")
    let arguments = Dictionary(uniqueKeysWithValues: names.map { ($0, MessageArgument.string($0)) })
    #expect(try format(message, "en", arguments) == "a1-a2-a3-a4-a5-a6-a7-a8-a9-a10")
    #expect(
      errorText { try format(message, "en", arguments.filter { $0.key != "a10" }) }
        == "en.yaml:1:50: the en message 'k' needs the argument 'a10'")
  }

  /// A message that is one value is that value; one with grammar after it still resolves it.
  @Test(arguments: [("{c, region}", "미국"), ("{c, region}이(가)", "미국이"), ("{c, region}와(과)", "미국과")])
  func singleValue(message: String, expected: String) throws {
    #expect(try format(message, "ko", ["c": "US"]) == expected)
  }
}
