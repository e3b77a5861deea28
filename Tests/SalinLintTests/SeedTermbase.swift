import SalinTerms
import SalinTestSupport

/// The shipped termbase of the seed's domain, loaded once for the suites that check terms.
let seedTermbase: Termbase = {
  do {
    return try Termbase.load(
      contentsOf: TestSupport.seedTermbaseURL, path: "seeds/edscg.termbase.yaml")
  } catch {
    fatalError("the shipped termbase does not load: \(error)")
  }
}()
