internal import SalinCore

/// The binary model format, version 1 (byte by byte in `docs/langid.md`).
///
/// All integers and floats are little-endian. Layout: magic `SALINLM\0`; `u32` version; `u32`
/// language count L; `u32` parameter count P and P `f32` parameters; per language a `u8` tag
/// length, the ASCII tag, a `u8` script count, that many `i32` ICU script codes, an `f32`
/// character floor and an `f32` character weight; the word table and the n-gram table, each a
/// `u32` capacity C, C `u32` keys and C×L `u8` values; a `u32` FNV-1a checksum of every byte
/// before it.
enum ModelFormat {
  /// The first eight bytes of every model file.
  static let magic: [UInt8] = Array("SALINLM".utf8) + [0]
  /// The format version this build writes and reads.
  static let version: UInt32 = 1

  static func encode(_ model: LanguageModel) -> [UInt8] {
    var out = ByteWriter()
    out.bytes(magic)
    out.u32(version)
    out.u32(UInt32(model.languages.count))
    let parameters = model.parameters.stored
    out.u32(UInt32(parameters.count))
    for p in parameters { out.f32(p) }
    for (i, language) in model.languages.enumerated() {
      let tag = Array(language.tag.utf8)
      out.u8(UInt8(tag.count))
      out.bytes(tag)
      let scripts = model.scripts[i].sorted()
      out.u8(UInt8(scripts.count))
      for s in scripts { out.u32(UInt32(bitPattern: s)) }
      out.f32(model.characterFloors[i])
      out.f32(model.characterWeights[i])
    }
    for table in [model.words, model.ngrams] {
      out.u32(UInt32(table.capacity))
      for key in table.keys { out.u32(key) }
      out.bytes(table.values)
    }
    out.u32(checksum(out.data[...]))
    return out.data
  }

  static func decode(_ bytes: [UInt8], path: String) throws -> LanguageModel {
    guard bytes.count >= 12, Array(bytes[0..<8]) == magic else {
      throw LanguageModelError.notAModel(path: path)
    }
    var input = ByteReader(bytes: bytes, path: path, offset: 8)
    let found = try input.u32()
    guard found == version else {
      throw LanguageModelError.unsupportedVersion(path: path, found: found, supported: version)
    }
    guard checksum(bytes[..<(bytes.count - 4)]) == ByteReader.u32(bytes, at: bytes.count - 4)
    else { throw LanguageModelError.corrupt(path: path, reason: "checksum mismatch") }
    let languageCount = Int(try input.u32())
    let parameterCount = Int(try input.u32())
    var stored: [Float] = []
    for _ in 0..<parameterCount { stored.append(try input.f32()) }
    guard let parameters = ModelParameters(stored: stored) else {
      throw LanguageModelError.corrupt(path: path, reason: "too few parameters")
    }
    var languages: [Language] = []
    var scripts: [Set<Int32>] = []
    var floors: [Float] = []
    var weights: [Float] = []
    for _ in 0..<languageCount {
      let tag = try input.bytes(Int(try input.u8()))
      languages.append(Language(String(decoding: tag, as: UTF8.self)))
      var set: Set<Int32> = []
      for _ in 0..<Int(try input.u8()) { set.insert(Int32(bitPattern: try input.u32())) }
      scripts.append(set)
      floors.append(try input.f32())
      weights.append(try input.f32())
    }
    guard parameters.borrowing.isEmpty || parameters.borrowing.count == languageCount else {
      throw LanguageModelError.corrupt(
        path: path,
        reason: "borrowing weights for \(parameters.borrowing.count) of \(languageCount) languages")
    }
    let words = try input.table(width: languageCount)
    let ngrams = try input.table(width: languageCount)
    let model = LanguageModel(
      languages: languages, scripts: scripts, characterFloors: floors, characterWeights: weights,
      parameters: parameters,
      words: words, ngrams: ngrams)
    // A valid checksum says the bytes are as written, not that a writer wrote sense: every field
    // is checked before a scorer turns a NaN into an integer or a duplicate tag into a key.
    if let problem = model.problem {
      throw LanguageModelError.corrupt(path: path, reason: problem)
    }
    return model
  }

  /// FNV-1a, 32-bit, over bytes.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var h: UInt32 = 0x811c_9dc5
    for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
    return h
  }
}

/// Appends little-endian values to a byte array.
struct ByteWriter {
  var data: [UInt8] = []
  mutating func u8(_ v: UInt8) { data.append(v) }
  mutating func u32(_ v: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      data.append(UInt8(truncatingIfNeeded: v >> shift))
    }
  }
  mutating func f32(_ v: Float) { u32(v.bitPattern) }
  mutating func bytes(_ v: [UInt8]) { data.append(contentsOf: v) }
}

/// Reads little-endian values from a byte array, throwing where it ends too soon.
struct ByteReader {
  let bytes: [UInt8]
  let path: String
  var offset: Int

  static func u32(_ bytes: [UInt8], at i: Int) -> UInt32 {
    UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16
      | UInt32(bytes[i + 3]) << 24
  }

  mutating func need(_ n: Int) throws {
    guard n >= 0, offset + n <= bytes.count - 4 else {
      throw LanguageModelError.corrupt(path: path, reason: "truncated at byte \(offset)")
    }
  }
  mutating func u8() throws -> UInt8 {
    try need(1)
    defer { offset += 1 }
    return bytes[offset]
  }
  mutating func u32() throws -> UInt32 {
    try need(4)
    defer { offset += 4 }
    return ByteReader.u32(bytes, at: offset)
  }
  mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
  mutating func bytes(_ n: Int) throws -> [UInt8] {
    try need(n)
    defer { offset += n }
    return Array(bytes[offset..<(offset + n)])
  }
  mutating func table(width: Int) throws -> FeatureTable {
    let capacity = Int(try u32())
    guard capacity > 0, capacity & (capacity - 1) == 0 else {
      throw LanguageModelError.corrupt(path: path, reason: "table capacity \(capacity)")
    }
    try need(capacity * 4 + capacity * width)
    var keys = [UInt32](repeating: 0, count: capacity)
    bytes.withUnsafeBytes { raw in
      for i in 0..<capacity {
        keys[i] = UInt32(
          littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * i, as: UInt32.self))
      }
    }
    offset += capacity * 4
    let values = try bytes(capacity * width)
    return FeatureTable(width: width, keys: keys, values: values)
  }
}
