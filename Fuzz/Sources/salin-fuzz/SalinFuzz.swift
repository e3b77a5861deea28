import Foundation
import SalinFuzzing

/// The target named by `SALIN_FUZZ_TARGET` (`make fuzz` sets it), chosen once.
let target: FuzzTarget = {
  let name = ProcessInfo.processInfo.environment["SALIN_FUZZ_TARGET"] ?? ""
  guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("set SALIN_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
  }
  return target
}()

/// libFuzzer calls this once, before the first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<Int32>?,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
  _ = target
  FuzzTarget.prepare()
  return 0
}

/// libFuzzer's entry point: one input to the chosen target; a failed check is a crash, so that
/// libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do {
    try target.run(bytes)
  } catch {
    fatalError("\(target.rawValue): \(error)")
  }
  return 0
}
