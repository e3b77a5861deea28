internal import CICU

/// A time zone ICU knows, by its ID (`Asia/Seoul`, `UTC`, `GMT+09:00`), or ICU's default zone.
///
/// ICU's MessageFormat formats every date and time in the default time zone (the `TZ`
/// environment variable or the machine's zone); Salin does the same unless told otherwise.
package struct ICUTimeZone: Hashable, Sendable, CustomStringConvertible {
  /// The ID as given, or `nil` for ICU's default zone.
  package let id: String?
  /// The zone's canonical ID (`ucal_getCanonicalTimeZoneID`): `Etc/UTC` for `UTC`.
  package let canonicalID: String

  /// ICU's default time zone, resolved when a formatter opens.
  package static var `default`: ICUTimeZone {
    let id = (try? withUTF16Buffer { ucal_getDefaultTimeZone($0, $1, &$2) }) ?? "Etc/Unknown"
    return ICUTimeZone(id: nil, canonicalID: canonical(id) ?? id)
  }

  private init(id: String?, canonicalID: String) {
    self.id = id
    self.canonicalID = canonicalID
  }

  /// A zone by its ID.
  /// - Parameter id: An Olson ID such as `Asia/Manila`, `UTC`, or a custom `GMT+09:00`.
  /// - Throws: `ICUError` (`U_ILLEGAL_ARGUMENT_ERROR`) when ICU does not know the zone.
  package init(_ id: String) throws {
    guard !id.isEmpty, let canonical = Self.canonical(id) else {
      throw ICUError(rawValue: U_ILLEGAL_ARGUMENT_ERROR.rawValue)
    }
    self.id = id
    self.canonicalID = canonical
  }

  /// Whether the zone is UTC itself (`Etc/UTC`, `Etc/GMT`), which has no offset and no
  /// transitions, so that a civil time's milliseconds are plain arithmetic.
  package var isUTC: Bool {
    ["Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "GMT"].contains(canonicalID)
  }

  /// The ID, or `default`.
  package var description: String { id ?? "default (\(canonicalID))" }

  private static func canonical(_ id: String) -> String? {
    let units = Array(id.utf16)
    return try? withUTF16Buffer {
      var isSystemID: UBool = 0
      return ucal_getCanonicalTimeZoneID(units, Int32(units.count), $0, $1, &isSystemID, &$2)
    }
  }
}
