import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a language server over standard input and output, as editors start one.
public enum StdioServer {
  /// Reads framed messages from standard input until the client sends `exit` or closes the
  /// stream, and writes responses and notifications to standard output.
  /// - Parameters:
  ///   - linting: What lints documents.
  ///   - version: Salin's version.
  ///   - debounce: How long to wait after a change before linting.
  /// - Returns: Never: the process exits with 0 after `shutdown` and `exit`, else 1.
  public static func run(linting: any DocumentLinting, version: String, debounce: Duration)
    -> Never
  {
    // A client that goes away must not kill the server in the middle of a write.
    signal(SIGPIPE, SIG_IGN)
    let output = Mutex(FileHandle.standardOutput)
    let server = LanguageServer(
      linting: linting, version: version, debounce: debounce,
      sink: { bytes in output.withLock { try? $0.write(contentsOf: bytes) } },
      onExit: { status in exit(status) })
    var framer = MessageFramer()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      for frame in framer.feed(chunk[..<count]) {
        switch frame {
        case .message(let body): server.receive(body)
        case .badHeader(let problem): server.receiveBadHeader(problem)
        }
      }
    }
    // The client closed the stream without `exit`: finish what was asked, then stop.
    server.drain()
    exit(1)
  }
}
