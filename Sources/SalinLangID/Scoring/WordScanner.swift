internal import SalinICU

/// One word of a text as the identifier sees it: a run of letters of one script.
struct ScannedWord: Sendable {
  /// The word's range in the text's UTF-8 bytes.
  var utf8Range: Range<Int>
  /// The word's range in the text's Unicode scalars.
  var scalarRange: Range<Int>
  /// The word's script (an ICU `UScriptCode` number).
  var script: Int32
  /// Where its lower-cased scalar values are in ``ScannedText/letters``.
  var letters: Range<Int>
  /// The finished ``FeatureHash`` of its lower-cased scalar values: its word-table key.
  var hash: UInt64
  /// Whether its first letter is upper case.
  var isCapitalized: Bool
  /// Whether it has at least two letters and all of them are upper case.
  var isAllCaps: Bool
  /// Whether it is the first word of the text or of a sentence.
  var startsSentence: Bool
  /// Whether it is part of an address, a path or code (`uni@donga.com`, `/news/image.jpg`,
  /// `url=`): letters there are no evidence of a language.
  var isTechnical = false
  /// Whether a digit touches it (`natecook1000`, `5km`, `P5`): an identifier, a handle, a unit or
  /// a code, not a word of a language.
  var touchesDigit = false
  /// Whether a letter of another script touches it (`U자형`, `LG전자`): a symbol or a name written
  /// into a word of another script.
  var touchesOtherScript = false
  /// Whether a number comes just before it, with only spaces between (`10 km`).
  var followsNumber = false
  /// Whether a capital follows a small letter inside it (`GitHub`, `iOS`, `tvN`, `fooBar`): a
  /// name or an identifier.
  var hasInnerCapital = false
  /// Whether an apostrophe that follows no letter comes just before it (`'to`, `'yan`, `'em`):
  /// an elided word.
  var followsApostrophe = false
}

/// A text split into words, with the words' lower-cased letters in one buffer.
struct ScannedText: Sendable {
  var words: [ScannedWord] = []
  var letters: [UInt32] = []
}

/// Splits text into words for scoring, on the UTF-8 bytes and without allocating per word.
///
/// Why not `ICUBreakIterator`: the identifier must run ten times faster than lingua (about 7 µs a
/// sentence), and it needs only runs of letters, not ICU's full word rules. ASCII is classified
/// from the byte; every other scalar's script comes from ICU (`ICUScript`), so a word never mixes
/// scripts (`LG전자` is `LG` and `전자`). An apostrophe or hyphen between two Latin letters stays in
/// the word (`ito'y`, `pag-ibig`), as in the word lists; digits, punctuation and symbols end it.
/// Words in a space-delimited chunk that holds `@`, `/`, `\\`, `=`, `_`, `&` or a dot between two
/// letters are marked technical (addresses, paths, file names, code).
/// Document readers, which need ICU's word boundaries, use `ICUBreakIterator` instead.
enum WordScanner {
  static let apostrophe: UInt32 = 0x27
  static let hyphen: UInt32 = 0x2D

  static func scan(_ text: String) -> ScannedText {
    var words: [ScannedWord] = []
    words.reserveCapacity(text.utf8.count / 5 + 1)
    // A text has no more letters than bytes: they are written straight into the array's storage,
    // without a capacity and uniqueness check per letter.
    let letters = [UInt32](unsafeUninitializedCapacity: text.utf8.count) { letters, count in
      let scanned = text.utf8.withContiguousStorageIfAvailable {
        scan($0, words: &words, letters: letters)
      }
      count =
        scanned
        ?? Array(text.utf8).withUnsafeBufferPointer { scan($0, words: &words, letters: letters) }
    }
    return ScannedText(words: words, letters: letters)
  }

  /// Scans UTF-8 bytes into words and their lower-cased letters.
  /// - Returns: The number of letters written.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, words result: inout [ScannedWord],
    letters: UnsafeMutableBufferPointer<UInt32>
  ) -> Int {
    var letterCount = 0
    var i = 0
    var scalarIndex = 0
    var sentenceStart = true
    // The word being read.
    var inWord = false
    var start = 0
    var startScalar = 0
    var script: Int32 = 0
    var lettersStart = 0
    var hash = FeatureHash.seed
    var upper = 0
    var count = 0
    var firstUpper = false
    var end = 0
    var endScalar = 0
    // An apostrophe or hyphen read inside a Latin word, kept only if a letter follows.
    var joiner: UInt32 = 0
    // The space-delimited chunk being read: its first word and whether it looks technical.
    var chunkFirstWord = 0
    var chunkTechnical = false
    var previousWasLetter = false
    var pendingDot = false
    // What came just before the current scalar: a digit, a letter (and its script), a space.
    var previousWasDigit = false
    var previousLetterScript: Int32 = -1
    var numberBeforeSpaces = false
    var sawLower = false
    var innerCapital = false
    var startsTouchingDigit = false
    var startsTouchingScript = false
    var startsAfterNumber = false
    var previousWasLeadingApostrophe = false
    var startsAfterApostrophe = false

    func finish(_ result: inout [ScannedWord]) {
      guard inWord else { return }
      result.append(
        ScannedWord(
          utf8Range: start..<end, scalarRange: startScalar..<endScalar, script: script,
          letters: lettersStart..<letterCount, hash: FeatureHash.finish(hash),
          isCapitalized: firstUpper, isAllCaps: count >= 2 && upper == count,
          startsSentence: sentenceStart, touchesDigit: startsTouchingDigit,
          touchesOtherScript: startsTouchingScript, followsNumber: startsAfterNumber,
          hasInnerCapital: innerCapital, followsApostrophe: startsAfterApostrophe))
      sentenceStart = false
      inWord = false
      joiner = 0
    }

    func endChunk(_ result: inout [ScannedWord]) {
      if chunkTechnical {
        for w in chunkFirstWord..<result.count { result[w].isTechnical = true }
      }
      chunkFirstWord = result.count
      chunkTechnical = false
      pendingDot = false
    }

    let latin = ICUScriptCode.latin.rawValue
    let inherited = ICUScriptCode.inherited.rawValue
    while i < bytes.count {
      // Inside a Latin word a run of ASCII letters needs none of the checks below (nothing but
      // the word itself changes): read it in one go, as most text the identifier sees is ASCII.
      if inWord && script == latin && joiner == 0 && !pendingDot {
        var j = i
        while j < bytes.count {
          let byte = bytes[j]
          let folded = byte | 0x20
          guard folded >= 0x61 && folded <= 0x7A else { break }
          letters[letterCount] = UInt32(folded)
          letterCount += 1
          hash = FeatureHash.combine(hash, UInt32(folded))
          count += 1
          if byte < 0x61 {
            upper += 1
            if sawLower { innerCapital = true }
          } else {
            sawLower = true
          }
          j += 1
        }
        if j > i {
          scalarIndex += j - i
          i = j
          end = j
          endScalar = scalarIndex
          previousWasLetter = true
          numberBeforeSpaces = false
          previousWasDigit = false
          previousWasLeadingApostrophe = false
          previousLetterScript = latin
          continue
        }
      }
      let lead = bytes[i]
      var value: UInt32
      var length: Int
      if lead < 0x80 {
        value = UInt32(lead)
        length = 1
      } else if lead < 0xE0 {
        value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        length = 2
      } else if lead < 0xF0 {
        value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
          | UInt32(bytes[i + 2] & 0x3F)
        length = 3
      } else {
        value =
          UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
          | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        length = 4
      }
      // Classify: a letter (with its script, lower-cased value and case), a joiner, or a break.
      var letterScript: Int32 = -1
      var lower = value
      var isUpper = false
      if value < 0x80 {
        let folded = value | 0x20
        if folded >= 0x61 && folded <= 0x7A {
          letterScript = latin
          isUpper = value < 0x61
          lower = folded
        } else if value == apostrophe || value == hyphen {
          lower = value
        } else if value == 0x2E || value == 0x21 || value == 0x3F {
          finish(&result)
          sentenceStart = true
        }
      } else if value == 0x2019 || value == 0x2010 || value == 0x2011 {
        lower = value == 0x2019 ? apostrophe : hyphen
      } else if let scalar = Unicode.Scalar(value) {
        let code = ICUScript.script(of: scalar).rawValue
        if code == inherited && inWord {
          letterScript = script
        } else if ICUScriptCode(rawValue: code).isSpecific {
          letterScript = code
          if value < 0x2000 {
            let properties = scalar.properties
            if properties.isUppercase {
              isUpper = true
              let mapped = properties.lowercaseMapping.unicodeScalars
              if mapped.count == 1, let first = mapped.first { lower = first.value }
            }
          }
        } else if value == 0x3002 || value == 0xFF0E || value == 0xFF01 || value == 0xFF1F {
          finish(&result)
          sentenceStart = true
        }
      }

      // Chunks: whitespace ends one; some symbols, or a dot between letters, make it technical.
      if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x3000 {
        finish(&result)
        endChunk(&result)
      } else if value == 0x40 || value == 0x2F || value == 0x5C || value == 0x3D || value == 0x5F
        || value == 0x26
      {
        chunkTechnical = true
      } else if letterScript >= 0 && pendingDot {
        chunkTechnical = true
      }
      pendingDot = value == 0x2E && previousWasLetter
      previousWasLetter = letterScript >= 0

      let isDigit = (value >= 0x30 && value <= 0x39) || (value >= 0xFF10 && value <= 0xFF19)
      if letterScript >= 0 {
        if inWord && letterScript != script {
          finish(&result)
          if let last = result.indices.last { result[last].touchesOtherScript = true }
        }
        if !inWord {
          startsTouchingDigit = previousWasDigit
          startsTouchingScript = previousLetterScript >= 0 && previousLetterScript != letterScript
          startsAfterNumber = numberBeforeSpaces
          startsAfterApostrophe = previousWasLeadingApostrophe
          sawLower = false
          innerCapital = false
          inWord = true
          start = i
          startScalar = scalarIndex
          script = letterScript
          lettersStart = letterCount
          hash = FeatureHash.seed
          upper = 0
          count = 0
          firstUpper = isUpper
        } else if joiner != 0 {
          letters[letterCount] = joiner
          letterCount += 1
          hash = FeatureHash.combine(hash, joiner)
          joiner = 0
        }
        letters[letterCount] = lower
        letterCount += 1
        hash = FeatureHash.combine(hash, lower)
        count += 1
        if isUpper { upper += 1 }
        if isUpper && sawLower { innerCapital = true }
        if !isUpper { sawLower = true }
        end = i + length
        endScalar = scalarIndex + 1
      } else if (lower == apostrophe || lower == hyphen) && inWord && joiner == 0
        && script == latin
      {
        joiner = lower
      } else {
        finish(&result)
      }
      // A digit right after a word (`natecook1000`, `km2`): the word touches it.
      if isDigit && previousLetterScript >= 0, let last = result.indices.last,
        result[last].utf8Range.upperBound == i
      {
        result[last].touchesDigit = true
      }
      let isSpace = value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000
      if isDigit {
        numberBeforeSpaces = true
      } else if !isSpace {
        numberBeforeSpaces = false
      }
      previousWasDigit = isDigit
      previousWasLeadingApostrophe =
        (value == apostrophe || value == 0x2019) && previousLetterScript < 0
      previousLetterScript = letterScript
      i += length
      scalarIndex += 1
    }
    finish(&result)
    endChunk(&result)
    return letterCount
  }
}
