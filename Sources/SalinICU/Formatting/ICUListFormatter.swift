internal import CICU

/// Joins items into a locale's list: "A, B, and C", "A, B, at C", "A, B 및 C" (`ulistfmt_*`).
///
/// `Sendable` notes: the handle is opened with all its options and then only passed to
/// `ulistfmt_format`, which takes a `const UListFormatter *`. ICU's design guide ("Thread-safe
/// const APIs") says a service object is "thread-safe (usable concurrently) as long as all of the
/// threads are using only const APIs: APIs that are declared const in C++, take a const this-like
/// service pointer in C"; `ListFormatter::format` is const. (listformatter.h's "immutable and
/// thread-safe" is said of `FormattedList`, the result, not of the formatter.)
package final class ICUListFormatter: @unchecked Sendable {
  /// The conjunction the list uses.
  package enum Kind: Hashable, Sendable {
    /// "A, B, and C". The C constant is `ULISTFMT_TYPE_AND`.
    case and
    /// "A, B, or C". The C constant is `ULISTFMT_TYPE_OR`.
    case or
    /// A list of measurements, "3 feet, 7 inches". The C constant is `ULISTFMT_TYPE_UNITS`.
    case units
  }

  /// How much room the list may take.
  package enum Width: Hashable, Sendable {
    /// "A, B, and C". The C constant is `ULISTFMT_WIDTH_WIDE`.
    case wide
    /// "A, B, & C". The C constant is `ULISTFMT_WIDTH_SHORT`.
    case short
    /// "A, B, C". The C constant is `ULISTFMT_WIDTH_NARROW`.
    case narrow
  }

  /// The locale whose list patterns it uses.
  package let locale: ICULocale
  /// The conjunction it joins with.
  package let kind: Kind
  private let handle: OpaquePointer

  private struct Signature: Hashable, Sendable {
    let localeID: String
    let kind: Kind
    let width: Width
  }
  private static let cache = FormatterCache<Signature, ICUListFormatter>()

  /// The shared list formatter for a locale, kind and width, opened on first use.
  /// - Parameters:
  ///   - locale: The locale.
  ///   - kind: And, or, or units.
  ///   - width: Wide (the default), short or narrow.
  /// - Returns: A formatter that any thread may use.
  /// - Throws: `ICUError` if ICU cannot load the patterns.
  package static func shared(
    locale: ICULocale, kind: Kind = .and, width: Width = .wide
  ) throws -> ICUListFormatter {
    try cache.formatter(for: Signature(localeID: locale.icuID, kind: kind, width: width)) {
      try ICUListFormatter(locale: locale, kind: kind, width: width)
    }
  }

  /// Opens a list formatter (`ulistfmt_openForType`).
  /// - Parameters:
  ///   - locale: The locale.
  ///   - kind: And, or, or units.
  ///   - width: Wide, short or narrow.
  /// - Throws: `ICUError` if ICU cannot load the patterns.
  package init(locale: ICULocale, kind: Kind = .and, width: Width = .wide) throws {
    var status = U_ZERO_ERROR
    let handle = ulistfmt_openForType(
      locale.icuID, UListFormatterType(kind), UListFormatterWidth(width), &status)
    guard let handle, status.isSuccess else {
      ulistfmt_close(handle)
      throw status.error
    }
    self.locale = locale
    self.kind = kind
    self.handle = handle
  }

  deinit { ulistfmt_close(handle) }

  /// Joins items into a list (`ulistfmt_format`).
  /// - Parameter items: The items, already formatted, in order.
  /// - Returns: The list; `""` for no items, the item itself for one.
  /// - Throws: `ICUError` if ICU fails.
  package func format(_ items: [String]) throws -> String {
    // One UTF-16 buffer holding every item, and a pointer and length per item into it, all
    // temporary (on the stack when small): this runs for every list in every message.
    let count = items.count
    var capacity = 0
    for item in items { capacity += item.utf8.count }
    return try withUnsafeTemporaryAllocation(of: UChar.self, capacity: max(capacity, 1)) { units in
      try withUnsafeTemporaryAllocation(of: UnsafePointer<UChar>?.self, capacity: max(count, 1)) {
        pointers in
        try withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(count, 1)) { lengths in
          var offset = 0
          for (index, item) in items.enumerated() {
            let start = units.baseAddress.map { $0 + offset }
            let written = item.writeUTF16(
              into: UnsafeMutableBufferPointer(rebasing: units[offset...]))
            pointers.initializeElement(at: index, to: start.map { UnsafePointer($0) })
            lengths.initializeElement(at: index, to: Int32(written))
            offset += written
          }
          return try withUTF16Buffer(initialCapacity: Int32(offset + 16 * count)) {
            ulistfmt_format(
              handle, pointers.baseAddress, lengths.baseAddress, Int32(count), $0, $1, &$2)
          }
        }
      }
    }
  }
}

// The C constants, on the C types so that `ICUListFormatter` names no ICU type (see `ICUError`).
extension UListFormatterType {
  fileprivate init(_ kind: ICUListFormatter.Kind) {
    self =
      switch kind {
      case .and: ULISTFMT_TYPE_AND
      case .or: ULISTFMT_TYPE_OR
      case .units: ULISTFMT_TYPE_UNITS
      }
  }
}

extension UListFormatterWidth {
  fileprivate init(_ width: ICUListFormatter.Width) {
    self =
      switch width {
      case .wide: ULISTFMT_WIDTH_WIDE
      case .short: ULISTFMT_WIDTH_SHORT
      case .narrow: ULISTFMT_WIDTH_NARROW
      }
  }
}
