internal import CICU

/// A locale as ICU sees it: the user-facing BCP 47 tag and the ICU locale ID used for every call.
///
/// Salin keeps `tl` as the user-facing tag but asks ICU for `fil` data: ICU 72 aliases only part
/// of `tl` to Filipino (dates, lists and display names resolve, spell-out and collation do not,
/// so `tl` spells the ordinal 5 as English "fifth"). `uloc_canonicalize` does not make this
/// mapping, so it is done here, once, for every ICU service.
package struct ICULocale: Hashable, Sendable, CustomStringConvertible {
  /// The tag the user wrote, normalised by ICU (`en`, `tl`, `ko-KR`).
  package let tag: String
  /// The ICU locale ID passed to every C call (`en`, `fil`, `ko_KR`).
  package let icuID: String

  /// Tags whose ICU data lives under another language code.
  private static let icuLanguageAliases = ["tl": "fil"]

  /// Makes a locale from a BCP 47 tag such as `en`, `tl` or `ko-KR`.
  /// - Parameter tag: A BCP 47 language tag; `_` separators are accepted.
  /// - Throws: `ICUError` when ICU cannot parse the tag.
  package init(_ tag: String) throws {
    let cleaned = tag.replacingUnderscores()
    guard !cleaned.isEmpty,
      cleaned.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else { throw U_ILLEGAL_ARGUMENT_ERROR.error }
    var parsed: Int32 = 0
    let id = try withCharBuffer { buffer, capacity, status in
      uloc_forLanguageTag(cleaned, buffer, capacity, &parsed, &status)
    }
    // ICU reads as much of the tag as it can; a tag it stops inside is not one. `und` (the root
    // locale) has the empty ID.
    guard Int(parsed) == cleaned.utf8.count, !id.isEmpty || cleaned.lowercased() == "und" else {
      throw U_ILLEGAL_ARGUMENT_ERROR.error
    }
    let language = try withCharBuffer { uloc_getLanguage(id, $0, $1, &$2) }
    let rest = id.dropFirst(language.count)
    self.tag = cleaned
    self.icuID = (Self.icuLanguageAliases[language] ?? language) + rest
  }

  /// The language subtag of the ICU ID (`fil` for `tl`).
  package var icuLanguage: String {
    String(icuID.prefix { $0 != "_" && $0 != "@" })
  }

  /// Whether ICU has locale data for this locale or a parent of it other than the root.
  ///
  /// Read with `ures_open`: `es-MX`, `ja`, `de-CH` have data; `xx` or `qaa` would format as the
  /// root locale. The root locale itself (`und`) counts as data.
  package var hasData: Bool {
    if icuLanguage.isEmpty || icuLanguage == "und" || icuLanguage == "root" { return true }
    var status = U_ZERO_ERROR
    let bundle = ures_open(nil, icuID, &status)
    defer { ures_close(bundle) }
    return status.isSuccess && status != U_USING_DEFAULT_WARNING
  }

  /// The tag, as the user wrote it.
  package var description: String { tag }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
