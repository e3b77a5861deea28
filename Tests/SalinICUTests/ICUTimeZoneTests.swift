import Testing

@testable import SalinICU

@Suite("ICUTimeZone")
struct ICUTimeZoneTests {
  @Test(arguments: [
    ("UTC", "Etc/UTC", true), ("GMT", "Etc/GMT", true), ("Etc/UTC", "Etc/UTC", true),
    ("Asia/Manila", "Asia/Manila", false), ("GMT+09:00", "GMT+09:00", false),
    ("US/Pacific", "America/Los_Angeles", false),
  ])
  func canonicalIDs(id: String, canonical: String, isUTC: Bool) throws {
    let zone = try ICUTimeZone(id)
    #expect(zone.canonicalID == canonical)
    #expect(zone.isUTC == isUTC)
  }

  /// `ucal_getCanonicalTimeZoneID` refuses what ICU does not know (`ucal_open` would silently
  /// use an unknown zone with offset 0).
  @Test(arguments: ["", "Mars/Olympus", "Asia/Nowhere"])
  func rejectsUnknownZones(id: String) {
    #expect(throws: ICUError.self) { try ICUTimeZone(id) }
  }

  @Test func defaultZoneIsResolved() {
    #expect(ICUTimeZone.default.id == nil)
    #expect(!ICUTimeZone.default.canonicalID.isEmpty)
  }
}
