/// How strictly a document language's mixing is checked, set per language with `mixing:` in
/// `.salin.yml`.
public enum MixingLevel: String, Hashable, Sendable, CaseIterable {
  /// Switches are findings (SL002), established loanwords are not (SL006 stays quiet).
  case `default`
  /// Every foreign word is a finding, established loanwords included (SL006 reports them).
  case strict
}
