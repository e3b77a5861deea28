import Synchronization

/// A briefing value's layout, made by the first render that asks and then shared by every copy
/// of that value; a briefing whose fields change gets a new, empty cache (see `Briefing`).
///
/// Like a catalog's prepared messages, a briefing is laid out once and rendered many times
/// (`salin render --locale en,tl,ko` lays it out once for three renders).
///
/// `Sendable` notes: the layout is immutable and `Sendable`, made once and published through
/// an atomic compare-exchange, as `CatalogSlot` publishes a prepared message.
final class BriefingLayoutCache: Sendable {
  /// The address of a retained `BriefingLayout`, or 0 before the first render.
  private let published = Atomic<UInt>(0)

  deinit {
    // The cache owns the reference it published.
    if let address = UnsafeRawPointer(bitPattern: published.load(ordering: .acquiring)) {
      Unmanaged<BriefingLayout>.fromOpaque(address).release()
    }
  }

  /// The layout, made by `make` when there is none yet.
  /// - Parameter make: Lays the briefing out.
  /// - Returns: The layout every caller shares.
  func layout(_ make: () -> BriefingLayout) -> BriefingLayout {
    if let address = UnsafeRawPointer(bitPattern: published.load(ordering: .acquiring)) {
      return Unmanaged<BriefingLayout>.fromOpaque(address).takeUnretainedValue()
    }
    // Two threads may both lay the briefing out the first time; the first to publish wins.
    let made = make()
    let address = UInt(bitPattern: Unmanaged.passRetained(made).toOpaque())
    let (stored, winner) = published.compareExchange(
      expected: 0, desired: address, ordering: .acquiringAndReleasing)
    if stored { return made }
    // Another thread published first: drop the reference passed for `made`, and use theirs.
    Unmanaged.passUnretained(made).release()
    guard let theirs = UnsafeRawPointer(bitPattern: winner) else { return made }
    return Unmanaged<BriefingLayout>.fromOpaque(theirs).takeUnretainedValue()
  }
}
