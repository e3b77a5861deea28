import Synchronization

/// Formatters shared per signature (locale ID plus options), made once and reused.
///
/// Opening an ICU formatter loads locale data, which costs far more than a format call.
final class FormatterCache<Key: Hashable & Sendable, Formatter: Sendable>: Sendable {
  private let storage = Mutex<[Key: Formatter]>([:])

  func formatter(for key: Key, make: () throws -> Formatter) rethrows -> Formatter {
    if let cached = storage.withLock({ $0[key] }) { return cached }
    let made = try make()  // Outside the lock: opening a formatter loads locale data.
    return storage.withLock { cache in
      if let winner = cache[key] { return winner }
      cache[key] = made
      return made
    }
  }
}
