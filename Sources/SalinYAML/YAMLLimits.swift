/// How much a YAML file may make Salin do beyond its own size: the limits every YAML file
/// Salin reads (briefings, catalogs, front matter, `.salin.yml`) is held to.
///
/// Aliases are what let a small file grow: `*a` stands for the whole node anchored `&a`, so nine
/// levels of nine aliases (the "billion laughs") turn a few hundred bytes into a billion nodes.
/// Like other YAML loaders (SnakeYAML's `maxAliasesForCollections`, go-yaml's alias ratio), Salin
/// bounds what aliases may add; a file without aliases is bounded by its own size. The numbers are
/// documented in `docs/limits.md`.
public struct YAMLLimits: Hashable, Sendable {
  /// The most nodes that aliases may add to a file, counting every node each alias stands for.
  public var maximumAliasedNodes: Int
  /// The most bytes of scalar text that aliases may add to a file.
  public var maximumAliasedBytes: Int
  /// The deepest a file may nest collections (a top-level mapping is depth 1).
  public var maximumDepth: Int

  /// Salin's limits: 10,000 nodes and 1 MiB of text through aliases, 100 levels of nesting.
  public static let standard = YAMLLimits(
    maximumAliasedNodes: 10_000, maximumAliasedBytes: 1 << 20, maximumDepth: 100)

  /// Makes limits.
  /// - Parameters:
  ///   - maximumAliasedNodes: The most nodes aliases may add.
  ///   - maximumAliasedBytes: The most bytes of scalar text aliases may add.
  ///   - maximumDepth: The deepest nesting of collections.
  public init(maximumAliasedNodes: Int, maximumAliasedBytes: Int, maximumDepth: Int) {
    self.maximumAliasedNodes = maximumAliasedNodes
    self.maximumAliasedBytes = maximumAliasedBytes
    self.maximumDepth = maximumDepth
  }
}
