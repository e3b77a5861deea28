/// What `salin catalog check` found in a set of catalog files.
public struct CatalogCheckReport: Sendable {
  /// Defects with their file positions, sorted by file, line and column.
  public let findings: [CatalogProblem]
  /// Files that could not be checked at all (not UTF-8, empty, not a mapping), one reason each.
  public let unusableFiles: [CatalogError]

  /// The exit status: 0 clean, 1 findings, 2 a file could not be used.
  public var exitCode: Int32 {
    if !unusableFiles.isEmpty { return 2 }
    return findings.isEmpty ? 0 : 1
  }
}
