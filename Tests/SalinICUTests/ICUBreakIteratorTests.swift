import Testing

@testable import SalinICU

@Suite("ICUBreakIterator")
struct ICUBreakIteratorTests {
  @Test(arguments: [
    ("en", "The fifth meeting, in 2023.", ["The", "fifth", "meeting", "in", "2023"]),
    ("tl", "Ang ikalimang pulong ng EDSCG.", ["Ang", "ikalimang", "pulong", "ng", "EDSCG"]),
    // ICU's word rules split a digit from the Hangul around it: 제5차 is three words.
    ("ko", "제5차 확장억제전략협의체 회의가 열렸다.", ["제", "5", "차", "확장억제전략협의체", "회의가", "열렸다"]),
    ("en", "U.S.–ROK talks", ["U.S", "ROK", "talks"]),
  ])
  func words(localeTag: String, text: String, words: [String]) throws {
    let found = try ICUBreakIterator.words(in: text, locale: ICULocale(localeTag))
    #expect(found.map { String($0.text) } == words)
    #expect(found.allSatisfy { $0.isWordLike })
  }

  @Test func segmentsCoverTheTextAndCarryRuleStatus() throws {
    let text = "Mga Detalye: 5 items."
    let segments = try ICUBreakIterator(.word, locale: ICULocale("tl")).segments(of: text)
    #expect(segments.map(\.text).joined() == text)
    #expect(
      segments.map { String($0.text) } == ["Mga", " ", "Detalye", ":", " ", "5", " ", "items", "."])
    // UBRK_WORD_LETTER is 200…299, UBRK_WORD_NUMBER 100…199, UBRK_WORD_NONE 0.
    #expect(segments.map(\.ruleStatus) == [200, 0, 200, 0, 0, 100, 0, 200, 0])
  }

  /// Hangul is 3 UTF-8 bytes and 1 UTF-16 unit a syllable; an emoji outside the BMP is 4 bytes and
  /// a surrogate pair.
  ///
  /// Both offset systems must come back exact.
  @Test func mapsOffsetsForHangulAndEmoji() throws {
    let text = "회의 😀 ok é"
    let segments = try ICUBreakIterator(.word, locale: ICULocale("ko")).segments(of: text)
    #expect(segments.map { String($0.text) } == ["회의", " ", "😀", " ", "ok", " ", "é"])
    #expect(
      segments.map(\.utf8Range) == [0..<6, 6..<7, 7..<11, 11..<12, 12..<14, 14..<15, 15..<17])
    #expect(segments.map(\.utf16Range) == [0..<2, 2..<3, 3..<5, 5..<6, 6..<8, 8..<9, 9..<10])
    for segment in segments {
      let utf16 = Array(text.utf16)[segment.utf16Range]
      #expect(String(decoding: utf16, as: UTF16.self) == String(segment.text))
      let utf8 = Array(text.utf8)[segment.utf8Range]
      #expect(String(decoding: utf8, as: UTF8.self) == String(segment.text))
    }
    #expect(segments.filter { $0.isWordLike }.map { String($0.text) } == ["회의", "ok", "é"])
  }

  @Test(arguments: [
    (
      "en", "Mr. Kim arrived. Talks began at 10 a.m. on Wednesday! Did they agree?",
      ["Mr. Kim arrived. ", "Talks began at 10 a.m. on Wednesday! ", "Did they agree?"]
    ),
    // CLDR's English suppressions know "U.S." only as a whole abbreviation before a capital.
    ("en", "The U.S. delegation met. It agreed.", ["The U.S. delegation met. ", "It agreed."]),
    (
      "ko", "회의가 열렸다. 양측은 합의했다.\n다음 회의는 서울에서.",
      ["회의가 열렸다. ", "양측은 합의했다.\n", "다음 회의는 서울에서."]
    ),
    (
      "tl", "Nagpulong sila. Ano ang napagkasunduan?",
      ["Nagpulong sila. ", "Ano ang napagkasunduan?"]
    ),
  ])
  func sentences(localeTag: String, text: String, sentences: [String]) throws {
    let found = try ICUBreakIterator.sentences(in: text, locale: ICULocale(localeTag))
    #expect(found.map { String($0.text) } == sentences)
    #expect(found.allSatisfy { !$0.isWordLike })
  }

  @Test func charactersAreGraphemeClusters() throws {
    let text = "e\u{301}한👍🏽🇰🇷"
    let segments = try ICUBreakIterator(.character, locale: ICULocale("en")).segments(of: text)
    #expect(segments.map { String($0.text) } == ["e\u{301}", "한", "👍🏽", "🇰🇷"])
    #expect(segments.map(\.utf16Range) == [0..<2, 2..<3, 3..<7, 7..<11])
  }

  @Test func lineBreakOpportunities() throws {
    let segments = try ICUBreakIterator(.line, locale: ICULocale("en")).segments(of: "a b\nc")
    #expect(segments.map { String($0.text) } == ["a ", "b\n", "c"])
    #expect(segments.map(\.ruleStatus) == [0, 100, 0])  // UBRK_LINE_SOFT, UBRK_LINE_HARD
  }

  @Test func reusesOneIteratorForManyTexts() throws {
    let iterator = try ICUBreakIterator(.word, locale: ICULocale("en"))
    #expect(try iterator.segments(of: "one two").count == 3)
    #expect(try iterator.segments(of: "").isEmpty)
    #expect(try iterator.segments(of: "세부 정보").map { String($0.text) } == ["세부", " ", "정보"])
    var count = 0
    try iterator.forEachSegment(of: "a, b") { _ in count += 1 }
    #expect(count == 4)
  }

  /// The static conveniences borrow pooled iterators: concurrent callers never share one.
  @Test func pooledIteratorsServeConcurrentCallers() async throws {
    let locale = try ICULocale("ko")
    let texts = ["회의가 열렸다.", "Mga Detalye ng pulong", "The fifth meeting.", "제5차 회의"]
    let expected = try texts.map {
      try ICUBreakIterator.words(in: $0, locale: locale).map { String($0.text) }
    }
    try await withThrowingTaskGroup(of: Bool.self) { group in
      for task in 0..<8 {
        group.addTask {
          for round in 0..<50 {
            let i = (task + round) % texts.count
            let words = try ICUBreakIterator.words(in: texts[i], locale: locale).map {
              String($0.text)
            }
            if words != expected[i] { return false }
          }
          return true
        }
      }
      for try await ok in group { #expect(ok) }
    }
  }
}
