internal import CICU

/// Compares and sorts strings in a locale's alphabetical order (`ucol_*`).
///
/// Filipino sorts ñ after n and treats ng as its own letter after ñ (na, ny, ñ, ng, o); Korean
/// puts Hangul and Han before Latin. Under a raw `tl` ID ICU 72 has no tailoring and falls back
/// to the root order, one more reason every call goes through `ICULocale.icuID`.
///
/// `Sendable` notes: the collator is configured (`ucol_setStrength`) before it is shared and
/// only used through functions that take `const UCollator *` afterwards (`ucol_strcollUTF8`,
/// `ucol_getSortKey`). ICU's design guide ("Thread-safe const APIs") says a service object is
/// "thread-safe (usable concurrently) as long as all of the threads are using only const APIs:
/// APIs that are declared const in C++, take a const this-like service pointer in C". ucol.h
/// itself states nothing on threads beyond `ucol_clone` being a "Thread safe cloning operation".
package final class ICUCollator: @unchecked Sendable {
  /// The result of comparing two strings.
  ///
  /// The C constants are `UCOL_LESS`, `UCOL_EQUAL` and `UCOL_GREATER`.
  package enum Order: Hashable, Sendable {
    /// The first string sorts before the second.
    case ascending
    /// The strings are equal at the collator's strength.
    case same
    /// The first string sorts after the second.
    case descending
  }

  /// Which differences count.
  package enum Strength: Hashable, Sendable {
    /// Base letters only: "role" = "Rôle" = "rolE". The C constant is `UCOL_PRIMARY`.
    case primary
    /// Base letters and accents: "role" = "Role" ≠ "rôle". The C constant is `UCOL_SECONDARY`.
    case secondary
    /// Letters, accents and case, ICU's default. The C constant is `UCOL_TERTIARY`.
    case tertiary
  }

  /// The locale whose order it applies.
  package let locale: ICULocale
  /// The differences it distinguishes.
  package let strength: Strength
  private let handle: OpaquePointer

  private struct Signature: Hashable, Sendable {
    let localeID: String
    let strength: Strength
  }
  private static let cache = FormatterCache<Signature, ICUCollator>()

  /// The shared collator for a locale and strength, opened on first use.
  /// - Parameters:
  ///   - locale: The locale whose alphabetical order applies.
  ///   - strength: Which differences count; tertiary by default.
  /// - Returns: A collator that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the collation data.
  package static func shared(
    locale: ICULocale, strength: Strength = .tertiary
  ) throws -> ICUCollator {
    try cache.formatter(for: Signature(localeID: locale.icuID, strength: strength)) {
      try ICUCollator(locale: locale, strength: strength)
    }
  }

  /// Opens a collator for a locale (`ucol_open`, `ucol_setStrength`).
  /// - Parameters:
  ///   - locale: The locale whose alphabetical order applies.
  ///   - strength: Which differences count.
  /// - Throws: `ICUError` if ICU cannot load the collation data.
  package convenience init(locale: ICULocale, strength: Strength = .tertiary) throws {
    try self.init(localeID: locale.icuID, locale: locale, strength: strength)
  }

  /// Opens a collator under a raw ICU ID; tests use it to show what an unmapped `tl` does.
  init(localeID: String, locale: ICULocale, strength: Strength) throws {
    var status = U_ZERO_ERROR
    let handle = ucol_open(localeID, &status)
    guard let handle, status.isSuccess else {
      ucol_close(handle)
      throw status.error
    }
    ucol_setStrength(handle, UCollationStrength(strength))
    self.locale = locale
    self.strength = strength
    self.handle = handle
  }

  deinit { ucol_close(handle) }

  /// Compares two strings (`ucol_strcollUTF8`, without a UTF-16 copy).
  /// - Parameters:
  ///   - a: The first string.
  ///   - b: The second string.
  /// - Returns: Whether `a` sorts before, with or after `b`.
  package func compare(_ a: String, _ b: String) -> Order {
    var a = a
    var b = b
    let result = a.withUTF8 { a in
      b.withUTF8 { b in
        a.withMemoryRebound(to: CChar.self) { a in
          b.withMemoryRebound(to: CChar.self) { b in
            var status = U_ZERO_ERROR
            // Fails only for lengths over Int32.max; equal is then the safe answer.
            let result = ucol_strcollUTF8(
              handle, a.baseAddress, Int32(clamping: a.count), b.baseAddress,
              Int32(clamping: b.count), &status)
            return status.isSuccess ? result.rawValue : UCOL_EQUAL.rawValue
          }
        }
      }
    }
    return result < 0 ? .ascending : result > 0 ? .descending : .same
  }

  /// Whether `a` sorts strictly before `b`, for `sort(by:)`.
  /// - Parameters:
  ///   - a: The first string.
  ///   - b: The second string.
  /// - Returns: `true` if `a` comes first.
  package func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
    compare(a, b) == .ascending
  }

  /// The binary sort key of a string (`ucol_getSortKey`): comparing two keys bytewise gives the
  /// same order as `compare`, so a list is keyed once and sorted by bytes.
  /// - Parameter s: The string.
  /// - Returns: The key, without ICU's terminating zero byte.
  package func sortKey(_ s: String) -> [UInt8] {
    let units = Array(s.utf16)
    var capacity = max(32, units.count * 4)
    var key = [UInt8](repeating: 0, count: capacity)
    var length = Int(ucol_getSortKey(handle, units, Int32(units.count), &key, Int32(capacity)))
    if length > capacity {  // ICU returns the size it needs when the buffer is too small.
      capacity = length
      key = [UInt8](repeating: 0, count: capacity)
      length = Int(ucol_getSortKey(handle, units, Int32(units.count), &key, Int32(capacity)))
    }
    return Array(key[..<max(0, length - 1)])
  }

  /// Sorts strings in the locale's order; strings equal at this strength keep their order.
  /// - Parameter strings: The strings to sort.
  /// - Returns: The sorted strings.
  package func sorted(_ strings: [String]) -> [String] {
    let keyed = strings.enumerated().map { (key: sortKey($0.element), index: $0.offset) }
    return keyed.sorted { lhs, rhs in
      lhs.key.lexicographicallyPrecedes(rhs.key) || (lhs.key == rhs.key && lhs.index < rhs.index)
    }.map { strings[$0.index] }
  }
}

extension UCollationStrength {
  /// The C constant for a strength; on the C type so that `ICUCollator` names no ICU type.
  fileprivate init(_ strength: ICUCollator.Strength) {
    self =
      switch strength {
      case .primary: UCOL_PRIMARY
      case .secondary: UCOL_SECONDARY
      case .tertiary: UCOL_TERTIARY
      }
  }
}
