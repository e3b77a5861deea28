import Synchronization

/// Formatters shared per signature (locale ID plus options), made once and reused.
///
/// Opening an ICU formatter loads locale data, which costs far more than a format call.
///
/// At most ``limit`` formatters are kept; past it a formatter is made for its caller and not
/// kept. The signatures are the skeletons and patterns of the messages a process formats, which
/// a catalog bounds but a long-running process does not: a language server formats every
/// skeleton typed into a catalog, and the message fuzz target ran out of memory (2 GB, 1.4 GB of
/// it ICU formatters) after 274,150 inputs when every skeleton was kept.
final class FormatterCache<Key: Hashable & Sendable, Formatter: Sendable>: Sendable {
  private let storage = Mutex<[Key: Formatter]>([:])
  /// The most formatters kept; far more than the distinct formats of the built-in catalogs.
  let limit: Int

  /// Makes an empty cache.
  /// - Parameter limit: The most formatters kept.
  init(limit: Int = 256) {
    self.limit = limit
  }

  /// The number of formatters kept.
  var count: Int { storage.withLock { $0.count } }

  /// The formatter for a signature: the one kept, or a new one from `make`, kept while there
  /// is room.
  /// - Parameters:
  ///   - key: The signature.
  ///   - make: Opens a formatter.
  /// - Returns: The formatter.
  /// - Throws: What `make` throws.
  func formatter(for key: Key, make: () throws -> Formatter) rethrows -> Formatter {
    if let cached = storage.withLock({ $0[key] }) { return cached }
    let made = try make()  // Outside the lock: opening a formatter loads locale data.
    return storage.withLock { cache in
      if let winner = cache[key] { return winner }
      if cache.count < limit { cache[key] = made }
      return made
    }
  }
}
