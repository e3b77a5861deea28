internal import CICU
import Synchronization

/// A locale's CLDR plural rules: which category (`one`, `few`, `other`…) a number takes
/// (`uplrules_*`).
///
/// Filipino cardinals put 1, 2, 3, 5, 7, 8, 10, 11 … in `one` and 4, 6, 9, 14 … in `other` (the
/// -ng / na linker split); Korean has only `other`; English ordinals use one/two/few/other.
///
/// `Sendable` notes: upluralrules.h and plurrule.h promise no thread safety, so the handle lives
/// in a `Mutex` and every call takes the lock.
package final class ICUPluralRules: Sendable {
  /// Which rules: for counting (cardinal) or for ranking (ordinal).
  package enum Kind: Hashable, Sendable {
    /// "1 meeting", "2 meetings". The C constant is `UPLURAL_TYPE_CARDINAL`.
    case cardinal
    /// "1st", "2nd", "3rd", "4th". The C constant is `UPLURAL_TYPE_ORDINAL`.
    case ordinal
  }

  /// The locale whose rules these are.
  package let locale: ICULocale
  /// Cardinal or ordinal.
  package let kind: Kind
  /// Every category the rules can select, such as `["one", "other"]` (`uplrules_getKeywords`).
  package let keywords: Set<String>
  private let handle: Mutex<OpaquePointer>

  private struct Signature: Hashable, Sendable {
    let localeID: String
    let kind: Kind
  }
  private static let cache = FormatterCache<Signature, ICUPluralRules>()

  /// The shared rules for a locale and kind, opened on first use.
  /// - Parameters:
  ///   - locale: The locale.
  ///   - kind: Cardinal or ordinal.
  /// - Returns: Rules that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the rules.
  package static func shared(locale: ICULocale, kind: Kind) throws -> ICUPluralRules {
    try cache.formatter(for: Signature(localeID: locale.icuID, kind: kind)) {
      try ICUPluralRules(locale: locale, kind: kind)
    }
  }

  /// Opens a locale's plural rules (`uplrules_openForType`).
  /// - Parameters:
  ///   - locale: The locale.
  ///   - kind: Cardinal or ordinal.
  /// - Throws: `ICUError` if ICU cannot load the rules.
  package init(locale: ICULocale, kind: Kind) throws {
    var status = U_ZERO_ERROR
    let rules = uplrules_openForType(locale.icuID, UPluralType(kind), &status)
    guard let rules, status.isSuccess else {
      uplrules_close(rules)
      throw status.error
    }
    do {
      keywords = try Self.keywords(of: rules)
    } catch {
      uplrules_close(rules)
      throw error
    }
    self.locale = locale
    self.kind = kind
    handle = Mutex(rules)
  }

  deinit { handle.withLock { uplrules_close($0) } }

  /// The category of a number (`uplrules_select`).
  /// - Parameter n: The number; integers and decimals without visible trailing zeros.
  /// - Returns: A keyword such as `one` or `other`; `other` if ICU fails, as CLDR's every
  ///   locale has it.
  package func select(_ n: Double) -> String {
    let keyword = handle.withLock { rules in
      try? withUTF16Buffer(initialCapacity: 8) { uplrules_select(rules, n, $0, $1, &$2) }
    }
    return keyword ?? "other"
  }

  /// The category of a number as a decimal format writes it, as ICU's MessageFormat chooses
  /// a plural branch: 1.0001 written as `1` by the default format is `one`, 1 written `1.00` by a
  /// currency format is `other` (`uplrules_selectWithFormat`).
  /// - Parameters:
  ///   - n: The number.
  ///   - format: The format that writes it.
  /// - Returns: A keyword such as `one` or `other`; `other` if ICU fails.
  package func select(_ n: Double, formattedBy format: ICUDecimalFormat) -> String {
    // Lock order: the rules, then the format (`ICUDecimalFormat` never takes the rules' lock).
    let keyword = handle.withLock { rules in
      // Passed in as an address (a `Sendable` integer), used only while both locks are held.
      let address = UInt(bitPattern: rules)
      return format.handle.withLock { numberFormat in
        try? withUTF16Buffer(initialCapacity: 8) {
          uplrules_selectWithFormat(
            OpaquePointer(bitPattern: address), n,
            UnsafePointer(SalinICU.numberFormat(numberFormat)), $0, $1, &$2)
        }
      }
    }
    return keyword ?? "other"
  }

  /// The category of an integer.
  /// - Parameter n: The number.
  /// - Returns: A keyword such as `one` or `other`.
  package func select(_ n: Int) -> String { select(Double(n)) }

  private static func keywords(of rules: OpaquePointer) throws -> Set<String> {
    var status = U_ZERO_ERROR
    let enumeration = uplrules_getKeywords(rules, &status)
    defer { uenum_close(enumeration) }
    try status.check()
    var keywords: Set<String> = []
    while true {
      var length: Int32 = 0
      guard let keyword = uenum_next(enumeration, &length, &status) else { break }
      try status.check()
      keywords.insert(String(cString: keyword))
    }
    try status.check()
    return keywords
  }
}

extension UPluralType {
  /// The C constant for a kind; on the C type so that `ICUPluralRules` names no ICU type.
  fileprivate init(_ kind: ICUPluralRules.Kind) {
    self =
      switch kind {
      case .cardinal: UPLURAL_TYPE_CARDINAL
      case .ordinal: UPLURAL_TYPE_ORDINAL
      }
  }
}
