internal import CICU

/// The Unicode script of scalars and runs of text (`uscript_getScript`).
///
/// Built for the language identifier, which asks for every scalar of every sentence: one direct
/// ICU call per scalar, an ASCII fast path, and no allocation.
package enum ICUScript {
  /// The `Script` property of a scalar.
  ///
  /// ASCII letters are Latin and every other ASCII scalar is Common, without asking ICU.
  /// - Parameter scalar: The scalar to classify.
  /// - Returns: The script, such as `.hangul` for `한`, `.common` for `5` or `.inherited` for a
  ///   combining accent. `uscript_getScript` fails only for invalid code points, which a
  ///   `Unicode.Scalar` cannot hold; should it fail, the answer is `.unknown`.
  package static func script(of scalar: Unicode.Scalar) -> ICUScriptCode {
    let value = scalar.value
    if value < 0x80 {
      let folded = value | 0x20  // ASCII upper case to lower case; other bytes stay outside a…z.
      return folded >= 0x61 && folded <= 0x7A ? .latin : .common
    }
    var status = U_ZERO_ERROR
    let code = uscript_getScript(UChar32(bitPattern: value), &status)
    return status.isSuccess ? ICUScriptCode(rawValue: code.rawValue) : .unknown
  }

  /// Counts the scalars of each specific script in a text, ignoring Common and Inherited.
  ///
  /// Digits, punctuation, spaces and combining marks are not counted; letters and the marks that
  /// belong to one script (Thai vowel signs, Devanagari matras) are.
  /// - Parameter text: The text to count.
  /// - Returns: The number of scalars per script; empty for a text with no letters.
  package static func scripts(in text: Substring) -> [ICUScriptCode: Int] {
    // Counted in a stack buffer indexed by script code, then copied into a dictionary: hashing
    // every letter into a dictionary would cost more than asking ICU for its script.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: codeLimit) { counts in
      counts.initialize(repeating: 0)
      var overflow: [ICUScriptCode: Int] = [:]  // Codes past the buffer, from a newer ICU.
      for scalar in text.unicodeScalars {
        let script = script(of: scalar)
        guard script.isSpecific else { continue }
        if script.rawValue >= 0 && Int(script.rawValue) < codeLimit {
          counts[Int(script.rawValue)] += 1
        } else {
          overflow[script, default: 0] += 1
        }
      }
      for (code, count) in counts.enumerated() where count > 0 {
        overflow[ICUScriptCode(rawValue: Int32(code))] = count
      }
      return overflow
    }
  }

  /// Room for every `UScriptCode` of ICU 72 (`USCRIPT_CODE_LIMIT` is 200) and some to spare.
  private static let codeLimit = 256

  /// Counts the scalars of each specific script in a text, ignoring Common and Inherited.
  /// - Parameter text: The text to count.
  /// - Returns: The number of scalars per script; empty for a text with no letters.
  package static func scripts(in text: String) -> [ICUScriptCode: Int] {
    scripts(in: text[...])
  }

  /// The script with the most scalars in a text, or `nil` if it has no letters.
  ///
  /// Ties go to the script whose first scalar comes first, so the answer is deterministic.
  /// - Parameter text: The text to classify.
  /// - Returns: The dominant specific script, or `nil` for digits, punctuation and spaces only.
  package static func dominantScript(in text: Substring) -> ICUScriptCode? {
    var counts: [ICUScriptCode: Int] = [:]
    var order: [ICUScriptCode] = []
    for scalar in text.unicodeScalars {
      let script = script(of: scalar)
      guard script.isSpecific else { continue }
      if counts[script] == nil { order.append(script) }
      counts[script, default: 0] += 1
    }
    var best: ICUScriptCode?
    var bestCount = 0
    for script in order where counts[script, default: 0] > bestCount {
      best = script
      bestCount = counts[script, default: 0]
    }
    return best
  }
}
