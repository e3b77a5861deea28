import Synchronization

/// A value made on first use, once, and shared by every thread after: the language model and
/// the built-in catalogs are loaded only when a rule asks for them, so a run whose rules need
/// neither (the PO checks alone) starts at once.
///
/// `Sendable` notes: the value is made under the lock, so two workers never make it twice.
final class LoadOnce<Value: Sendable>: Sendable {
  private let state: Mutex<Value?> = Mutex(nil)
  private let make: @Sendable () -> Value

  /// Wraps how the value is made.
  /// - Parameter make: Makes the value; called at most once.
  init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  /// The value, made now if nothing asked for it before.
  var value: Value {
    state.withLock { stored in
      if let stored { return stored }
      let made = make()
      stored = made
      return made
    }
  }

  /// Whether the value has been made.
  var isLoaded: Bool { state.withLock { $0 != nil } }
}
