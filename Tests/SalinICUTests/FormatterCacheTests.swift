import Testing

@testable import SalinICU

/// The formatter cache keeps what it made up to its limit, and only that much: every shared ICU
/// formatter goes through one, and the message fuzz target ran out of memory when each cache kept
/// a formatter per skeleton it was ever asked for.
@Suite("FormatterCache")
struct FormatterCacheTests {
  final class Made: Sendable {
    let key: Int
    init(_ key: Int) { self.key = key }
  }

  @Test func keepsFormattersUpToItsLimit() {
    let cache = FormatterCache<Int, Made>(limit: 3)
    let first = cache.formatter(for: 1) { Made(1) }
    #expect(cache.formatter(for: 1) { Made(-1) } === first)
    for key in 2...1000 { _ = cache.formatter(for: key) { Made(key) } }
    #expect(cache.count == 3)
    // The first ones stay shared; one past the limit is made for each caller.
    #expect(cache.formatter(for: 1) { Made(-1) } === first)
    let late = cache.formatter(for: 500) { Made(500) }
    #expect(late.key == 500)
    #expect(cache.formatter(for: 500) { Made(500) } !== late)
  }
}
