public import Foundation

/// Runs the built `salin` executable, as a user would, for command-line tests.
public enum SalinProcess {
  /// What one run of `salin` printed and how it exited.
  public struct Result: Sendable {
    /// Standard output.
    public let stdout: String
    /// Standard error.
    public let stderr: String
    /// The exit status.
    public let status: Int32
  }

  /// The built `salin`: the first folder up from the test bundle that holds it.
  public static var executable: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.isExecutableFile(
      atPath: directory.appendingPathComponent("salin").path),
      directory.pathComponents.count > 1
    {
      directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("salin")
  }

  /// Runs `salin` (found next to the test bundle) in the package root.
  ///
  /// Output goes to temporary files rather than pipes: a pipe read after the other one could fill
  /// up and block the child, hanging the test.
  /// - Parameters:
  ///   - arguments: The command-line arguments after `salin`.
  ///   - input: Text for standard input; empty when `nil`.
  /// - Returns: The output, the error output and the exit status.
  /// - Throws: When the executable cannot be started or its output read.
  public static func run(_ arguments: [String], input: String? = nil) throws -> Result {
    let scratch = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    try Data((input ?? "").utf8).write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let stdin = try FileHandle(forReadingFrom: inURL)
    defer {
      try? out.close()
      try? err.close()
      try? stdin.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = TestSupport.packageRoot
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      status: process.terminationStatus)
  }
}
