internal import CICU

/// Finds character, word, line or sentence boundaries with ICU's rules for a locale (`ubrk_*`).
///
/// Not `Sendable`: a break iterator holds its position and text, so it is made per use (or per
/// task) and reused for many texts; ubrk.h gives no thread-safety guarantee.
///
/// The text is handed to ICU as UTF-8 through a `UText` (`utext_openUTF8`), without a UTF-16
/// copy; ICU then reports boundaries as UTF-8 offsets, and the UTF-16 offsets are counted from
/// the bytes between them.
package final class ICUBreakIterator {
  /// What the iterator segments a text into.
  package enum Kind: Hashable, Sendable {
    /// User-perceived characters (grapheme clusters). The C constant is `UBRK_CHARACTER`.
    case character
    /// Words, spaces and punctuation. The C constant is `UBRK_WORD`.
    case word
    /// Possible line-break opportunities. The C constant is `UBRK_LINE`.
    case line
    /// Sentences. The C constant is `UBRK_SENTENCE`.
    case sentence
  }

  /// The kind of boundaries this iterator finds.
  package let kind: Kind
  /// The locale whose rules it applies.
  package let locale: ICULocale
  private let handle: OpaquePointer

  /// Opens a break iterator for a kind of boundary and a locale (`ubrk_open`).
  /// - Parameters:
  ///   - kind: Characters, words, lines or sentences.
  ///   - locale: The locale whose rules apply (dictionary-based languages such as Thai need it).
  /// - Throws: `ICUError` if ICU cannot open the iterator.
  package init(_ kind: Kind, locale: ICULocale) throws {
    var status = U_ZERO_ERROR
    let handle = ubrk_open(
      UBreakIteratorType(kind), Self.rulesLocaleID(kind, locale), nil, 0, &status)
    guard let handle, status.isSuccess else {
      ubrk_close(handle)
      throw status.error
    }
    self.kind = kind
    self.locale = locale
    self.handle = handle
  }

  deinit { ubrk_close(handle) }

  /// The locale ID for `ubrk_open`, with CLDR's sentence-break suppressions for sentences.
  ///
  /// Sentence iterators ask for `ss=standard`, so that "Mr. Kim" or "U.S. talks" is not cut after
  /// the abbreviation's period, in the languages CLDR has suppression lists for.
  private static func rulesLocaleID(_ kind: Kind, _ locale: ICULocale) -> String {
    guard kind == .sentence else { return locale.icuID }
    return locale.icuID + (locale.icuID.contains("@") ? ";" : "@") + "ss=standard"
  }

  /// Splits a text into the segments between consecutive boundaries, in order.
  ///
  /// The segments cover the whole text: concatenated, they give it back.
  /// - Parameter text: The text to segment.
  /// - Returns: Every segment, with UTF-8 and UTF-16 ranges; empty for an empty text.
  /// - Throws: `ICUError` if ICU cannot take the text.
  package func segments(of text: String) throws -> [ICUTextSegment] {
    var segments: [ICUTextSegment] = []
    try forEachSegment(of: text) { segments.append($0) }
    return segments
  }

  /// Calls `body` with each segment of a text, in order, without collecting them.
  /// - Parameters:
  ///   - text: The text to segment.
  ///   - body: Called once per segment.
  /// - Throws: `ICUError` if ICU cannot take the text, or what `body` throws.
  package func forEachSegment(
    of text: String, _ body: (ICUTextSegment) throws -> Void
  ) throws {
    guard !text.isEmpty else { return }
    var contiguous = text  // `withUTF8` is mutating: it may make a bridged string native.
    // The iterator keeps a shallow clone of the UText, which points into this buffer: every
    // use of the iterator for this text happens inside the closure.
    try contiguous.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      var status = U_ZERO_ERROR
      let utext = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        utext_openUTF8(nil, $0, Int64(bytes.count), &status)
      }
      defer { utext_close(utext) }
      try status.check()
      ubrk_setUText(handle, utext, &status)
      try status.check()
      try walkBoundaries(bytes, text: text, body)
    }
  }

  private func walkBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, text: String, _ body: (ICUTextSegment) throws -> Void
  ) throws {
    var start = Int(ubrk_first(handle))
    var start16 = 0
    var startIndex = text.utf8.startIndex
    while true {
      let next = ubrk_next(handle)
      guard next != UBRK_DONE else { break }
      let end = Int(next)
      var end16 = start16
      for byte in bytes[start..<end] {
        // One UTF-16 unit per scalar, two for a 4-byte scalar (a surrogate pair).
        if byte & 0xC0 != 0x80 { end16 += 1 }
        if byte >= 0xF0 { end16 += 1 }
      }
      let endIndex = text.utf8.index(startIndex, offsetBy: end - start)
      try body(
        ICUTextSegment(
          utf8Range: start..<end, utf16Range: start16..<end16, text: text[startIndex..<endIndex],
          ruleStatus: ubrk_getRuleStatus(handle), kind: kind))
      start = end
      start16 = end16
      startIndex = endIndex
    }
  }

  /// The word-like segments of a text: letters, numbers, kana and ideographs, without spaces or
  /// punctuation.
  ///
  /// Uses a pooled iterator (see `withIterator`), so it is cheap to call per sentence from any
  /// thread.
  /// - Parameters:
  ///   - text: The text to split into words.
  ///   - locale: The locale whose word rules apply.
  /// - Returns: The words, in order.
  /// - Throws: `ICUError` if ICU cannot open the iterator or take the text.
  package static func words(in text: String, locale: ICULocale) throws -> [ICUTextSegment] {
    try withIterator(.word, locale: locale) { iterator in
      var words: [ICUTextSegment] = []
      try iterator.forEachSegment(of: text) { if $0.isWordLike { words.append($0) } }
      return words
    }
  }

  /// The sentences of a text, each with its trailing spaces and line break.
  ///
  /// Uses a pooled iterator (see `withIterator`).
  /// - Parameters:
  ///   - text: The text to split into sentences.
  ///   - locale: The locale whose sentence rules apply.
  /// - Returns: The sentences, in order; concatenated, they give back the text.
  /// - Throws: `ICUError` if ICU cannot open the iterator or take the text.
  package static func sentences(in text: String, locale: ICULocale) throws -> [ICUTextSegment] {
    try withIterator(.sentence, locale: locale) { try $0.segments(of: text) }
  }
}

extension UBreakIteratorType {
  /// The C constant for a kind.
  ///
  /// An extension of the C type, so that `ICUBreakIterator.Kind` itself names no ICU type (see
  /// `ICUError`).
  fileprivate init(_ kind: ICUBreakIterator.Kind) {
    self =
      switch kind {
      case .character: UBRK_CHARACTER
      case .word: UBRK_WORD
      case .line: UBRK_LINE
      case .sentence: UBRK_SENTENCE
      }
  }
}
