import Synchronization

/// A place for one object a layer above derives from a briefing value and wants to make only
/// once: SalinRender keeps the briefing's layout here, so that `salin render --locale en,tl,ko`
/// lays a briefing out once for three renders.
///
/// Core knows nothing of what is kept: the slot holds any `Sendable` object, made by the first
/// caller that asks and then shared by every copy of the briefing value. A briefing whose fields
/// change gets a new, empty slot (see `Briefing`), so what is kept always describes the value it
/// is read from.
///
/// `Sendable` notes: the object is `Sendable` and published once through an
/// `AtomicLazyReference`; two threads may both make it the first time, and the first to publish
/// wins.
package final class BriefingCacheSlot: Sendable {
  private let stored = AtomicLazyReference<Box>()

  /// The object as `AtomicLazyReference` needs it: a class of Synchronization's choosing would
  /// leak the kept type into Core.
  private final class Box: Sendable {
    let value: any AnyObject & Sendable
    init(_ value: any AnyObject & Sendable) { self.value = value }
  }

  /// Makes an empty slot.
  package init() {}

  /// The kept object, made by `make` when there is none yet.
  ///
  /// Not generic: a generic function of another module runs unspecialized, and this one runs
  /// once a render. The caller casts the object to the type it keeps.
  /// - Parameter make: Makes the object from the briefing.
  /// - Returns: The object every caller shares.
  package func value(_ make: () -> any AnyObject & Sendable) -> any AnyObject & Sendable {
    if let kept = stored.load() { return kept.value }
    return stored.storeIfNil(Box(make())).value
  }
}
