public import ArgumentParser
public import SalinInterchange

/// `--format xliff|xliff12|po|pot|xcstrings|arb|json|json-nested|formatjs`.
extension InterchangeFormat: ExpressibleByArgument {}
